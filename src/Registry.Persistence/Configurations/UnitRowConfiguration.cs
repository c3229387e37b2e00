using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Configurations;

internal sealed class UnitRowConfiguration : IEntityTypeConfiguration<UnitRow>
{
    public void Configure(EntityTypeBuilder<UnitRow> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.Property(u => u.ParcelCode).HasMaxLength(19).IsFixedLength().IsUnicode(false);
        builder.Property(u => u.Kind).HasMaxLength(16).IsUnicode(false);
        builder.Property(u => u.Location).HasMaxLength(200);
        builder.Property(u => u.Use).HasMaxLength(50);
        builder.Property(u => u.Area).HasPrecision(18, 2);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasIndex(u => u.ParcelCode);
        builder.HasIndex(u => u.Location);
    }
}
