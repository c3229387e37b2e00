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

        // Covering indexes: the dashboard's grouping by period (and by period within one type) reads the index only.
        builder.HasIndex(f => new { f.CompletedAt, f.BusinessType, f.AcceptedDay, f.CompletedDay, f.Clocked, f.OnTime, f.AutoApproved, f.Enterprise })
            .HasDatabaseName("IX_CaseFigures_Period");
        builder.HasIndex(f => new { f.BusinessType, f.CompletedAt, f.AcceptedDay, f.CompletedDay, f.Clocked, f.OnTime, f.AutoApproved, f.Enterprise })
            .HasDatabaseName("IX_CaseFigures_Type_Period");
    }
}
