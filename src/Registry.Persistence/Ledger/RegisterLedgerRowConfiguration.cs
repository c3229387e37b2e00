using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Ledger;

internal sealed class RegisterLedgerRowConfiguration : IEntityTypeConfiguration<RegisterLedgerRow>
{
    public void Configure(EntityTypeBuilder<RegisterLedgerRow> builder)
    {
        builder.ToTable("RegisterLedger");

        // The position is the key: two writers that read the same head collide here, and the loser runs again.
        builder.HasKey(r => r.Position);
        builder.Property(r => r.Position).ValueGeneratedNever();
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.Mac).HasMaxLength(LedgerMac.Length).IsUnicode(false);
        builder.HasIndex(r => r.EntryId);
    }
}
