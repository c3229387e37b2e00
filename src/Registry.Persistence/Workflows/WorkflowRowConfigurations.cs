using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Workflows;

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.DefinitionId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.CorrelationId).HasMaxLength(100);
        builder.Property(r => r.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.JournalHead).HasMaxLength(64).IsUnicode(false).HasDefaultValue(string.Empty);
        builder.HasIndex(r => r.CorrelationId);
        builder.HasIndex(r => new { r.DefinitionId, r.Status });
    }
}

internal sealed class WorkflowBookmarkRowConfiguration : IEntityTypeConfiguration<WorkflowBookmarkRow>
{
    /// <summary>The unclaimed tasks of a role, oldest first.</summary>
    private const string QueueByRoleIndex = "IX_WorkflowBookmarks_Queue_Role";

    /// <summary>The unclaimed tasks of a candidate group, oldest first.</summary>
    private const string QueueByGroupIndex = "IX_WorkflowBookmarks_Queue_CandidateGroup";

    /// <summary>A partial-index filter valid on SQLite and SQL Server (double-quoted names).</summary>
    private static string NotNull(string column) => $"\"{column}\" IS NOT NULL";

    public void Configure(EntityTypeBuilder<WorkflowBookmarkRow> builder)
    {
        builder.ToTable("WorkflowBookmarks");
        builder.HasKey(r => new { r.InstanceId, r.BookmarkId });
        builder.Property(r => r.BookmarkId).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.DefinitionId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.CorrelationId).HasMaxLength(100);
        builder.Property(r => r.InstanceStatus).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.NodeId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.NodeName).HasMaxLength(200);
        builder.Property(r => r.Kind).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Role).HasMaxLength(100);
        builder.Property(r => r.CandidateGroup).HasMaxLength(100);
        builder.Property(r => r.Assignee).HasMaxLength(100);
        builder.Property(r => r.SignalName).HasMaxLength(100);

        // The worklist: a person's claimed tasks, the timer sweep, case-number search. The nullable ones are partial (only
        // rows that have a value): their queries compare the column (=, <=, IN), which implies IS NOT NULL, and a step's row
        // without an assignee or a due time then writes no page of them.
        builder.HasIndex(r => r.Assignee).HasFilter(NotNull(nameof(WorkflowBookmarkRow.Assignee)));
        builder.HasIndex(r => r.DueAt).HasFilter(NotNull(nameof(WorkflowBookmarkRow.DueAt)));
        builder.HasIndex(r => r.CorrelationId);

        // A role's or group's queue, which a claim takes from (取下一件) and the group tab reads: unclaimed tasks only, in the
        // order they are taken, so the oldest free task of a role is the first entries of one index however many claimed
        // tasks the role has (an index of all a role's tasks led PostgreSQL through the claimed ones first). Every query
        // by role or group carries "Assignee" IS NULL (the other views find claimed tasks by assignee).
        builder.HasIndex(r => new { r.Role, r.CreatedAt, r.BookmarkId }, QueueByRoleIndex).HasFilter("\"Assignee\" IS NULL");
        builder.HasIndex(r => new { r.CandidateGroup, r.CreatedAt, r.BookmarkId }, QueueByGroupIndex)
            .HasFilter("\"Assignee\" IS NULL AND \"CandidateGroup\" IS NOT NULL");
    }
}

internal sealed class WorkflowJournalRowConfiguration : IEntityTypeConfiguration<WorkflowJournalRow>
{
    /// <summary>The filter of the done-tab index; the same text on SQLite and SQL Server (double-quoted names).</summary>
    public const string DoneActionsFilter = "\"Action\" IN ('Completed', 'Returned')";

    /// <summary>The filter of the dashboard's returns index; the same text on every provider.</summary>
    public const string ReturnedFilter = "\"Action\" = 'Returned'";

    public void Configure(EntityTypeBuilder<WorkflowJournalRow> builder)
    {
        builder.ToTable("WorkflowJournal");
        builder.HasKey(r => new { r.InstanceId, r.Sequence });
        builder.Property(r => r.Action).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.NodeId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.NodeName).HasMaxLength(200);
        builder.Property(r => r.Actor).HasMaxLength(100);
        builder.Property(r => r.Outcome).HasMaxLength(32).IsUnicode(false);
        builder.Property(r => r.RuleResultReference).HasMaxLength(200);
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength().IsUnicode(false);

        // The worklist's done tab (已办): one person's completions and returns newest first. Partial: the engine's own rows
        // (system: activated, ended — more than half the journal) are not indexed, so a step writes one page of this index
        // instead of two. The done-tab queries carry this exact predicate (EfWorkTaskQuery.DoneActions), or SQLite would not use it.
        builder.HasIndex(r => new { r.Actor, r.At, r.Action }).HasFilter(DoneActionsFilter);

        // The dashboard's returns in a period (dash). Partial: only return lines are indexed, so a step's write costs nothing more.
        builder.HasIndex(r => new { r.Action, r.At }).HasFilter(ReturnedFilter);
    }
}

internal sealed class WorkflowDefinitionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRow> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.HasKey(r => new { r.DefinitionId, r.Version });
        builder.Property(r => r.DefinitionId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.DisplayName).HasMaxLength(200);
        builder.Property(r => r.SavedBy).HasMaxLength(100);
        builder.Property(r => r.PublishedBy).HasMaxLength(100);

        // Latest published version of a definition: one index seek.
        builder.HasIndex(r => new { r.DefinitionId, r.Status, r.Version });
    }
}
