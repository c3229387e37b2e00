using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentValidUntil",
                table: "SharedIdentities",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharedUnitRestrictions",
                columns: table => new
                {
                    RecordNo = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "char(28)", unicode: false, fixedLength: true, maxLength: 28, nullable: false),
                    Kind = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Authority = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CoveredTypes = table.Column<string>(type: "varchar(500)", unicode: false, maxLength: 500, nullable: false),
                    Released = table.Column<bool>(type: "bit", nullable: false)
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
