using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WorklistIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal",
                columns: new[] { "Actor", "At", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseParties_Name",
                table: "CaseParties",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_CaseParties_Name",
                table: "CaseParties");
        }
    }
}
