using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class leadFindingsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FindingsJson",
                table: "ReviewRuns",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FindingsJson",
                table: "ReviewRuns");
        }
    }
}
