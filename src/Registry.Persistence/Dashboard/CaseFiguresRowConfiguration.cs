using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Dashboard;

internal sealed class CaseFiguresRowConfiguration : IEntityTypeConfiguration<CaseFiguresRow>
{
    public void Configure(EntityTypeBuilder<CaseFiguresRow> builder)
    {
        builder.ToTable("CaseFigures");
        builder.HasKey(f => f.CaseId);
        builder.Property(f => f.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(f => f.BusinessType).HasMaxLength(60).IsUnicode(false);
        builder.Property(f => f.Channel).HasMaxLength(16).IsUnicode(false);

        // Covering indexes in the grouping's order (completion day, type, acceptance day): the dashboard's grouping by period
        // (and by period within one type) reads the index only, in order, without sorting.
        builder.HasIndex(f => new { f.CompletedDay, f.BusinessType, f.AcceptedDay, f.Clocked, f.OnTime, f.AutoApproved, f.Enterprise, f.CompletedAt })
            .HasDatabaseName("IX_CaseFigures_Period");
        builder.HasIndex(f => new { f.BusinessType, f.CompletedDay, f.AcceptedDay, f.Clocked, f.OnTime, f.AutoApproved, f.Enterprise, f.CompletedAt })
            .HasDatabaseName("IX_CaseFigures_Type_Period");
    }
}
