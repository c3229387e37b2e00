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

        // The worklist: a role's or group's queue oldest first, a person's claimed tasks, the timer sweep, case-number search.
        builder.HasIndex(r => new { r.Role, r.CreatedAt });
        builder.HasIndex(r => new { r.CandidateGroup, r.CreatedAt });
        builder.HasIndex(r => r.Assignee);
        builder.HasIndex(r => r.DueAt);
        builder.HasIndex(r => r.CorrelationId);
    }
}

internal sealed class WorkflowJournalRowConfiguration : IEntityTypeConfiguration<WorkflowJournalRow>
{
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

        // The worklist's done tab (已办): one person's completions newest first, the action checked inside the index.
        builder.HasIndex(r => new { r.Actor, r.At, r.Action });
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
