using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class claimQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_Role_CreatedAt",
                table: "WorkflowBookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Queue_CandidateGroup",
                table: "WorkflowBookmarks",
                columns: new[] { "CandidateGroup", "CreatedAt", "BookmarkId" },
                filter: "\"Assignee\" IS NULL AND \"CandidateGroup\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Queue_Role",
                table: "WorkflowBookmarks",
                columns: new[] { "Role", "CreatedAt", "BookmarkId" },
                filter: "\"Assignee\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_Queue_CandidateGroup",
                table: "WorkflowBookmarks");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowBookmarks_Queue_Role",
                table: "WorkflowBookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CandidateGroup_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "CandidateGroup", "CreatedAt" },
                filter: "\"CandidateGroup\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Role_CreatedAt",
                table: "WorkflowBookmarks",
                columns: new[] { "Role", "CreatedAt" });
        }
    }
}
