using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowJournalHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JournalHead",
                table: "WorkflowInstances",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Existing instances: the head is the hash of their last journal row (the same statement on both providers).
            migrationBuilder.Sql(
                "UPDATE WorkflowInstances SET JournalHead = COALESCE((SELECT j.Hash FROM WorkflowJournal j " +
                "WHERE j.InstanceId = WorkflowInstances.Id AND j.Sequence = WorkflowInstances.JournalSequence), '')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JournalHead",
                table: "WorkflowInstances");
        }
    }
}
