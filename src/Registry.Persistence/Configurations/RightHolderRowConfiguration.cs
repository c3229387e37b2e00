using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Configurations;

internal sealed class RightHolderRowConfiguration : IEntityTypeConfiguration<RightHolderRow>
{
    public void Configure(EntityTypeBuilder<RightHolderRow> builder)
    {
        builder.ToTable("RightHolders");
        builder.HasKey(h => new { h.EntryId, h.Ordinal });
        builder.Property(h => h.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.Property(h => h.IdKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(h => h.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.HasOne<RegisterEntryRow>().WithMany().HasForeignKey(h => h.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.Name);
        builder.HasIndex(h => h.IdNumber);
        builder.HasIndex(h => h.UnitCode);
    }
}
