using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class selfcheckRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SelfCheckCaseResults",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "varchar(23)", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    BusinessType = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Skipped = table.Column<bool>(type: "bit", nullable: false),
                    FindingCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckCaseResults", x => new { x.CaseNumber, x.RuleSetVersion });
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Trigger = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RangeFrom = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RangeTo = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RuleSetVersion = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Lease = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    ActiveSlot = table.Column<int>(type: "int", nullable: true),
                    FailureReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    HeartbeatAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TotalCases = table.Column<long>(type: "bigint", nullable: false),
                    CheckedCases = table.Column<long>(type: "bigint", nullable: false),
                    CasesWithFindings = table.Column<long>(type: "bigint", nullable: false),
                    SkippedCases = table.Column<long>(type: "bigint", nullable: false),
                    CountsJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    CursorAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CursorCase = table.Column<string>(type: "varchar(23)", unicode: false, maxLength: 23, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckFindings",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "varchar(23)", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    Ordinal = table.Column<int>(type: "int", nullable: false),
                    RuleSet = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleCode = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleVersion = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "varchar(40)", unicode: false, maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "varchar(8)", unicode: false, maxLength: 8, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MessageZh = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    MessageEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckFindings", x => new { x.CaseNumber, x.RuleSetVersion, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_SelfCheckFindings_SelfCheckCaseResults_CaseNumber_RuleSetVersion",
                        columns: x => new { x.CaseNumber, x.RuleSetVersion },
                        principalTable: "SelfCheckCaseResults",
                        principalColumns: new[] { "CaseNumber", "RuleSetVersion" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStatusChanges_ToStatus_At",
                table: "CaseStatusChanges",
                columns: new[] { "ToStatus", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckCaseResults_RuleSetVersion_FinishedAt",
                table: "SelfCheckCaseResults",
                columns: new[] { "RuleSetVersion", "FinishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_ActiveSlot",
                table: "SelfCheckRuns",
                column: "ActiveSlot",
                unique: true,
                filter: "[ActiveSlot] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_StartedAt",
                table: "SelfCheckRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SelfCheckRuns_Trigger_Status_RangeTo",
                table: "SelfCheckRuns",
                columns: new[] { "Trigger", "Status", "RangeTo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfCheckFindings");

            migrationBuilder.DropTable(
                name: "SelfCheckRuns");

            migrationBuilder.DropTable(
                name: "SelfCheckCaseResults");

            migrationBuilder.DropIndex(
                name: "IX_CaseStatusChanges_ToStatus_At",
                table: "CaseStatusChanges");
        }
    }
}
