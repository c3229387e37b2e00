using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class outreachProgressNoticesLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastAttemptAt",
                table: "OutboxMessages",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mobile",
                table: "CaseParties",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseQueryCodes",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "varchar(23)", unicode: false, maxLength: 23, nullable: false),
                    Salt = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Hash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseQueryCodes", x => x.CaseNumber);
                });

            migrationBuilder.CreateTable(
                name: "RegisterLedger",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Event = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterLedger", x => x.Position);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterLedger_EntryId",
                table: "RegisterLedger",
                column: "EntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseQueryCodes");

            migrationBuilder.DropTable(
                name: "RegisterLedger");

            migrationBuilder.DropColumn(
                name: "LastAttemptAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "Mobile",
                table: "CaseParties");
        }
    }
}
