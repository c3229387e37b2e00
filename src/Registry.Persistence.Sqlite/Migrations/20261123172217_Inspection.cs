using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BusinessType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: true),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawnByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionSampleCases",
                columns: table => new
                {
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResponsibleExaminer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionSampleCases", x => new { x.SampleId, x.CaseNumber });
                    table.ForeignKey(
                        name: "FK_InspectionSampleCases_InspectionSamples_SampleId",
                        column: x => x.SampleId,
                        principalTable: "InspectionSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionVerdicts",
                columns: table => new
                {
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    ItemsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Inspector = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionVerdicts", x => new { x.SampleId, x.CaseNumber, x.Revision });
                    table.ForeignKey(
                        name: "FK_InspectionVerdicts_InspectionSampleCases_SampleId_CaseNumber",
                        columns: x => new { x.SampleId, x.CaseNumber },
                        principalTable: "InspectionSampleCases",
                        principalColumns: new[] { "SampleId", "CaseNumber" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    VerdictRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Items = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_InspectionVerdicts_SampleId_CaseNumber_VerdictRevision",
                        columns: x => new { x.SampleId, x.CaseNumber, x.VerdictRevision },
                        principalTable: "InspectionVerdicts",
                        principalColumns: new[] { "SampleId", "CaseNumber", "Revision" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationEvents",
                columns: table => new
                {
                    RectificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationEvents", x => new { x.RectificationId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RectificationEvents_Rectifications_RectificationId",
                        column: x => x.RectificationId,
                        principalTable: "Rectifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSampleCases_FinishedAt",
                table: "InspectionSampleCases",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionSamples_DrawnAt",
                table: "InspectionSamples",
                column: "DrawnAt");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_Assignee",
                table: "Rectifications",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_SampleId_CaseNumber_VerdictRevision",
                table: "Rectifications",
                columns: new[] { "SampleId", "CaseNumber", "VerdictRevision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RectificationEvents");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "InspectionVerdicts");

            migrationBuilder.DropTable(
                name: "InspectionSampleCases");

            migrationBuilder.DropTable(
                name: "InspectionSamples");
        }
    }
}
