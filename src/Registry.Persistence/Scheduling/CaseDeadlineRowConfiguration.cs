using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Scheduling;

internal sealed class CaseDeadlineRowConfiguration : IEntityTypeConfiguration<CaseDeadlineRow>
{
    public void Configure(EntityTypeBuilder<CaseDeadlineRow> builder)
    {
        builder.ToTable("CaseDeadlines");
        builder.HasKey(d => d.CaseNumber);
        builder.Property(d => d.CaseNumber).HasMaxLength(40);
        builder.Property(d => d.BusinessType).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.OfficeCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(d => d.Assignee).HasMaxLength(100);
        builder.Property(d => d.TimeLimitCode).HasMaxLength(16).IsUnicode(false);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => d.NextCheckAt);
        builder.HasIndex(d => new { d.Stage, d.DueAt });
    }
}
