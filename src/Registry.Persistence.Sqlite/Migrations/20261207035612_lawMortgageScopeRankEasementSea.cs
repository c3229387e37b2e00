using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class lawMortgageScopeRankEasementSea : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DebtorIdKind",
                table: "RegisterEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DebtorIdNumber",
                table: "RegisterEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DebtorName",
                table: "RegisterEntries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuaranteeScope",
                table: "RegisterEntries",
                type: "TEXT",
                unicode: false,
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InConstruction",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsBenefit",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "RegisterEntries",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RankedAt",
                table: "RegisterEntries",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DebtorIdKind",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "DebtorIdNumber",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "DebtorName",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "GuaranteeScope",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "InConstruction",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "IsBenefit",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "RegisterEntries");

            migrationBuilder.DropColumn(
                name: "RankedAt",
                table: "RegisterEntries");
        }
    }
}
