using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowPartialIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_Assignee",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal",
                columns: new[] { "Actor", "At", "Action" },
                filter: "\"Action\" IN ('Completed', 'Returned')");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Assignee",
                table: "WorkflowBookmarks",
                column: "Assignee",
                filter: "\"Assignee\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "CandidateGroup", "CreatedAt" },
                filter: "\"CandidateGroup\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks",
                column: "DueAt",
                filter: "\"DueAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_Assignee",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowJournal_Actor_At_Action",
                table: "WorkflowJournal",
                columns: new[] { "Actor", "At", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Assignee",
                table: "WorkflowBookmarks",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "CandidateGroup", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks",
                column: "DueAt");
        }
    }
}
