using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class rulesetsVersionedRuleSets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RuleSetVersion",
                table: "RuleFindings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "RuleSetVersions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    Document = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    BasedOn = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSetVersions", x => new { x.Name, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "RuleVersions",
                columns: table => new
                {
                    RuleSetName = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleSetVersion = table.Column<int>(type: "int", nullable: false),
                    RuleCode = table.Column<string>(type: "varchar(100)", unicode: false, maxLength: 100, nullable: false),
                    RuleVersion = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleVersions", x => new { x.RuleSetName, x.RuleSetVersion, x.RuleCode, x.RuleVersion });
                    table.ForeignKey(
                        name: "FK_RuleVersions_RuleSetVersions_RuleSetName_RuleSetVersion",
                        columns: x => new { x.RuleSetName, x.RuleSetVersion },
                        principalTable: "RuleSetVersions",
                        principalColumns: new[] { "Name", "Version" },
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RuleVersions");

            migrationBuilder.DropTable(
                name: "RuleSetVersions");

            migrationBuilder.DropColumn(
                name: "RuleSetVersion",
                table: "RuleFindings");
        }
    }
}
