using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class dashIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Action_At",
                table: "WorkflowJournal",
                columns: new[] { "Action", "At" },
                filter: "\"Action\" = 'Returned'");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AcceptedAt",
                table: "Cases",
                column: "AcceptedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Action_At",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AcceptedAt",
                table: "Cases");
        }
    }
}
