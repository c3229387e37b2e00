using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
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
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    BusinessType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<bool>(type: "INTEGER", nullable: false),
                    FindingCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckCaseResults", x => new { x.CaseNumber, x.RuleSetVersion });
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RangeFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    RangeTo = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleSetVersion = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Lease = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    ActiveSlot = table.Column<int>(type: "INTEGER", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeartbeatAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TotalCases = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedCases = table.Column<long>(type: "INTEGER", nullable: false),
                    CasesWithFindings = table.Column<long>(type: "INTEGER", nullable: false),
                    SkippedCases = table.Column<long>(type: "INTEGER", nullable: false),
                    CountsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CursorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CursorCase = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfCheckRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfCheckFindings",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    RuleSetVersion = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleSet = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    RuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MessageZh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MessageEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                unique: true);

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
