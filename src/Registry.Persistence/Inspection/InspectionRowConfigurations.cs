using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Inspection;

internal sealed class InspectionSampleRowConfiguration : IEntityTypeConfiguration<InspectionSampleRow>
{
    public void Configure(EntityTypeBuilder<InspectionSampleRow> builder)
    {
        builder.ToTable("InspectionSamples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.BusinessType).HasMaxLength(60).IsUnicode(false);
        builder.Property(s => s.Rate).HasPrecision(5, 4);
        builder.Property(s => s.DrawnBy).HasMaxLength(100);
        builder.Property(s => s.DrawnByName).HasMaxLength(100);
        builder.HasIndex(s => s.DrawnAt);
    }
}

internal sealed class InspectionSampleCaseRowConfiguration : IEntityTypeConfiguration<InspectionSampleCaseRow>
{
    public void Configure(EntityTypeBuilder<InspectionSampleCaseRow> builder)
    {
        builder.ToTable("InspectionSampleCases");
        builder.HasKey(c => new { c.SampleId, c.CaseNumber });
        builder.Property(c => c.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(c => c.BusinessType).HasMaxLength(60).IsUnicode(false);
        builder.Property(c => c.ResponsibleExaminer).HasMaxLength(100);
        builder.HasOne<InspectionSampleRow>().WithMany().HasForeignKey(c => c.SampleId).OnDelete(DeleteBehavior.Restrict);

        // The pass-rate report reads sampled cases by completion time.
        builder.HasIndex(c => c.FinishedAt);
    }
}

internal sealed class InspectionVerdictRowConfiguration : IEntityTypeConfiguration<InspectionVerdictRow>
{
    public void Configure(EntityTypeBuilder<InspectionVerdictRow> builder)
    {
        builder.ToTable("InspectionVerdicts");
        builder.HasKey(v => new { v.SampleId, v.CaseNumber, v.Revision });
        builder.Property(v => v.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(v => v.Verdict).HasMaxLength(8).IsUnicode(false);
        builder.Property(v => v.ItemsJson).HasMaxLength(8000);
        builder.Property(v => v.Remark).HasMaxLength(1000);
        builder.Property(v => v.Inspector).HasMaxLength(100);
        builder.Property(v => v.InspectorName).HasMaxLength(100);
        builder.HasOne<InspectionSampleCaseRow>().WithMany().HasForeignKey(v => new { v.SampleId, v.CaseNumber }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RectificationRowConfiguration : IEntityTypeConfiguration<RectificationRow>
{
    public void Configure(EntityTypeBuilder<RectificationRow> builder)
    {
        builder.ToTable("Rectifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(r => r.Assignee).HasMaxLength(100);
        builder.Property(r => r.Items).HasMaxLength(200).IsUnicode(false);
        builder.HasOne<InspectionVerdictRow>().WithMany().HasForeignKey(r => new { r.SampleId, r.CaseNumber, r.VerdictRevision }).OnDelete(DeleteBehavior.Restrict);

        // The examiner's 整改 list.
        builder.HasIndex(r => r.Assignee);
    }
}

internal sealed class RectificationEventRowConfiguration : IEntityTypeConfiguration<RectificationEventRow>
{
    public void Configure(EntityTypeBuilder<RectificationEventRow> builder)
    {
        builder.ToTable("RectificationEvents");
        builder.HasKey(e => new { e.RectificationId, e.Sequence });
        builder.Property(e => e.Kind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.HasOne<RectificationRow>().WithMany().HasForeignKey(e => e.RectificationId).OnDelete(DeleteBehavior.Restrict);
    }
}
