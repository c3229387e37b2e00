using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.SelfCheckRuns;

internal sealed class SelfCheckRunRowConfiguration : IEntityTypeConfiguration<SelfCheckRunRow>
{
    public void Configure(EntityTypeBuilder<SelfCheckRunRow> builder)
    {
        builder.ToTable("SelfCheckRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Trigger).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.StartedBy).HasMaxLength(100);
        builder.Property(r => r.StartedByName).HasMaxLength(100);
        builder.Property(r => r.RuleSetVersion).HasMaxLength(200).IsUnicode(false);
        builder.Property(r => r.Lease).IsConcurrencyToken();
        builder.Property(r => r.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.FailureReason).HasMaxLength(2000);
        builder.Property(r => r.CountsJson).HasMaxLength(8000);
        builder.Property(r => r.CursorCase).HasMaxLength(23).IsUnicode(false);

        // One active run at a time: a second insert or take-over with the slot set is refused by the database.
        builder.HasIndex(r => r.ActiveSlot).IsUnique();

        // The console lists runs newest first; the nightly watermark is the latest succeeded nightly run's end.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.Trigger, r.Status, r.RangeTo });
    }
}

internal sealed class SelfCheckCaseResultRowConfiguration : IEntityTypeConfiguration<SelfCheckCaseResultRow>
{
    public void Configure(EntityTypeBuilder<SelfCheckCaseResultRow> builder)
    {
        builder.ToTable("SelfCheckCaseResults");
        builder.HasKey(r => new { r.CaseNumber, r.RuleSetVersion });
        builder.Property(r => r.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(r => r.RuleSetVersion).HasMaxLength(200).IsUnicode(false);
        builder.Property(r => r.BusinessType).HasMaxLength(60).IsUnicode(false);

        // A run's failing cases: by rule-set version and completion range.
        builder.HasIndex(r => new { r.RuleSetVersion, r.FinishedAt });
    }
}

internal sealed class SelfCheckFindingRowConfiguration : IEntityTypeConfiguration<SelfCheckFindingRow>
{
    public void Configure(EntityTypeBuilder<SelfCheckFindingRow> builder)
    {
        builder.ToTable("SelfCheckFindings");
        builder.HasKey(f => new { f.CaseNumber, f.RuleSetVersion, f.Ordinal });
        builder.Property(f => f.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(f => f.RuleSetVersion).HasMaxLength(200).IsUnicode(false);
        builder.Property(f => f.RuleSet).HasMaxLength(100).IsUnicode(false);
        builder.Property(f => f.RuleCode).HasMaxLength(100).IsUnicode(false);
        builder.Property(f => f.Reference).HasMaxLength(40).IsUnicode(false);
        builder.Property(f => f.Category).HasMaxLength(40).IsUnicode(false);
        builder.Property(f => f.Severity).HasMaxLength(8).IsUnicode(false);
        builder.Property(f => f.Outcome).HasMaxLength(8).IsUnicode(false);
        builder.Property(f => f.NameZh).HasMaxLength(200);
        builder.Property(f => f.MessageZh).HasMaxLength(2000);
        builder.Property(f => f.MessageEn).HasMaxLength(2000);
        builder.Property(f => f.Error).HasMaxLength(2000);
        builder.HasOne<SelfCheckCaseResultRow>().WithMany().HasForeignKey(f => new { f.CaseNumber, f.RuleSetVersion }).OnDelete(DeleteBehavior.Cascade);
    }
}
