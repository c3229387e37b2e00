using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Configurations;

internal sealed class RegisterEntryRowConfiguration : IEntityTypeConfiguration<RegisterEntryRow>
{
    public void Configure(EntityTypeBuilder<RegisterEntryRow> builder)
    {
        builder.ToTable("RegisterEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Kind).HasMaxLength(20).IsUnicode(false);
        builder.Property(e => e.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(e => e.ClosedByCaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(e => e.RightType).HasMaxLength(100);
        builder.Property(e => e.CoOwnership).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.CertificateNumber).HasMaxLength(60);
        builder.Property(e => e.PartyName).HasMaxLength(200);
        builder.Property(e => e.PartyIdKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.PartyIdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(e => e.MortgageKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.Amount).HasPrecision(18, 2);
        builder.Property(e => e.SeizureState).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.Authority).HasMaxLength(100);
        builder.Property(e => e.RulingNumber).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.Property(e => e.GuaranteeScope).HasMaxLength(100).IsUnicode(false);
        builder.Property(e => e.DebtorName).HasMaxLength(200);
        builder.Property(e => e.DebtorIdKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(e => e.DebtorIdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(e => e.Origin).HasMaxLength(40);
        builder.Property(e => e.RelatedUnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.HasOne<UnitRow>().WithMany().HasForeignKey(e => e.UnitCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.UnitCode, e.Kind, e.ClosedAt });
        builder.HasIndex(e => e.CaseNumber);
    }
}
