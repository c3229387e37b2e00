using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class factsBookingReportsAndSharedRestrictions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CapacityRuling",
                table: "SharedIdentities",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentValidUntil",
                table: "SharedIdentities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharedUnitRestrictions",
                columns: table => new
                {
                    RecordNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CoveredTypes = table.Column<string>(type: "TEXT", unicode: false, maxLength: 500, nullable: false),
                    Released = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedUnitRestrictions", x => x.RecordNo);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_CaseNumber_TemplateKey",
                table: "OutboxMessages",
                columns: new[] { "CaseNumber", "TemplateKey" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedUnitRestrictions_UnitCode",
                table: "SharedUnitRestrictions",
                column: "UnitCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharedUnitRestrictions");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_CaseNumber_TemplateKey",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "CapacityRuling",
                table: "SharedIdentities");

            migrationBuilder.DropColumn(
                name: "DocumentValidUntil",
                table: "SharedIdentities");
        }
    }
}
