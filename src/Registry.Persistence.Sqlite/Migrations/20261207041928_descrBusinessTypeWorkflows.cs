using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class descrBusinessTypeWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BusinessTypeWorkflows",
                columns: table => new
                {
                    BusinessType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    BoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BoundBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessTypeWorkflows", x => x.BusinessType);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BusinessTypeWorkflows_DefinitionId",
                table: "BusinessTypeWorkflows",
                column: "DefinitionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BusinessTypeWorkflows");
        }
    }
}
