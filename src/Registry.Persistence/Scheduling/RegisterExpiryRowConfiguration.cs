using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Scheduling;

internal sealed class RegisterExpiryRowConfiguration : IEntityTypeConfiguration<RegisterExpiryRow>
{
    public void Configure(EntityTypeBuilder<RegisterExpiryRow> builder)
    {
        builder.ToTable("RegisterExpiries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UnitCode).HasMaxLength(28).IsUnicode(false);
        builder.Property(e => e.EntryReference).HasMaxLength(64);
        builder.Property(e => e.Outcome).HasMaxLength(500);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.Kind, e.EntryReference });
        builder.HasIndex(e => new { e.Status, e.LapseAt });
        builder.HasIndex(e => new { e.Status, e.RemindAt });
    }
}
