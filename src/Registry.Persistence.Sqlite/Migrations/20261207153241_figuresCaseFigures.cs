using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class figuresCaseFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseFigures",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 23, nullable: false),
                    BusinessType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedDay = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Clocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutoApproved = table.Column<bool>(type: "INTEGER", nullable: false),
                    Enterprise = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFigures", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFigures_Period",
                table: "CaseFigures",
                columns: new[] { "CompletedDay", "BusinessType", "AcceptedDay", "Clocked", "OnTime", "AutoApproved", "Enterprise", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFigures_Type_Period",
                table: "CaseFigures",
                columns: new[] { "BusinessType", "CompletedDay", "AcceptedDay", "Clocked", "OnTime", "AutoApproved", "Enterprise", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseFigures");
        }
    }
}
