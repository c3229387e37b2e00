using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.SharedData;

internal sealed class SharedContractRowConfiguration : IEntityTypeConfiguration<SharedContractRow>
{
    public void Configure(EntityTypeBuilder<SharedContractRow> builder)
    {
        builder.ToTable("SharedContracts");
        builder.HasKey(c => c.ContractNo);
        builder.Property(c => c.ContractNo).HasMaxLength(60).IsUnicode(false);
        builder.Property(c => c.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.Property(c => c.Price).HasPrecision(18, 2);
        builder.HasIndex(c => new { c.UnitCode, c.SignedOn });
    }
}

internal sealed class SharedContractPartyRowConfiguration : IEntityTypeConfiguration<SharedContractPartyRow>
{
    public void Configure(EntityTypeBuilder<SharedContractPartyRow> builder)
    {
        builder.ToTable("SharedContractParties");
        builder.HasKey(p => new { p.ContractNo, p.Side, p.Ordinal });
        builder.Property(p => p.ContractNo).HasMaxLength(60).IsUnicode(false);
        builder.Property(p => p.Side).HasMaxLength(8).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.HasOne<SharedContractRow>().WithMany().HasForeignKey(p => p.ContractNo).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SharedTaxPaymentRowConfiguration : IEntityTypeConfiguration<SharedTaxPaymentRow>
{
    public void Configure(EntityTypeBuilder<SharedTaxPaymentRow> builder)
    {
        builder.ToTable("SharedTaxPayments");
        builder.HasKey(t => t.CaseNumber);
        builder.Property(t => t.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(t => t.Amount).HasPrecision(18, 2);
        builder.Property(t => t.VoucherNo).HasMaxLength(60).IsUnicode(false);
    }
}

internal sealed class SharedIdentityRowConfiguration : IEntityTypeConfiguration<SharedIdentityRow>
{
    public void Configure(EntityTypeBuilder<SharedIdentityRow> builder)
    {
        builder.ToTable("SharedIdentities");
        builder.HasKey(i => i.IdNumber);
        builder.Property(i => i.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.CapacityRuling).HasMaxLength(100);
    }
}

internal sealed class SharedUnitRestrictionRowConfiguration : IEntityTypeConfiguration<SharedUnitRestrictionRow>
{
    public void Configure(EntityTypeBuilder<SharedUnitRestrictionRow> builder)
    {
        builder.ToTable("SharedUnitRestrictions");
        builder.HasKey(r => r.RecordNo);
        builder.Property(r => r.RecordNo).HasMaxLength(100);
        builder.Property(r => r.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.Property(r => r.Kind).HasMaxLength(32).IsUnicode(false);
        builder.Property(r => r.Authority).HasMaxLength(100);
        builder.Property(r => r.CoveredTypes).HasMaxLength(500).IsUnicode(false);
        builder.HasIndex(r => r.UnitCode);
    }
}

internal sealed class SharedMarriageRowConfiguration : IEntityTypeConfiguration<SharedMarriageRow>
{
    public void Configure(EntityTypeBuilder<SharedMarriageRow> builder)
    {
        builder.ToTable("SharedMarriages");
        builder.HasKey(m => m.IdNumber);
        builder.Property(m => m.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(m => m.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(m => m.SpouseName).HasMaxLength(200);
        builder.Property(m => m.SpouseIdNumber).HasMaxLength(32).IsUnicode(false);
    }
}

internal sealed class SharedCourtDocumentRowConfiguration : IEntityTypeConfiguration<SharedCourtDocumentRow>
{
    public void Configure(EntityTypeBuilder<SharedCourtDocumentRow> builder)
    {
        builder.ToTable("SharedCourtDocuments");
        builder.HasKey(d => d.DocumentNo);
        builder.Property(d => d.DocumentNo).HasMaxLength(100);
        builder.Property(d => d.Court).HasMaxLength(100);
        builder.Property(d => d.UnitCode).HasMaxLength(28).IsUnicode(false);
    }
}

internal sealed class SharedMaintenanceFundRowConfiguration : IEntityTypeConfiguration<SharedMaintenanceFundRow>
{
    public void Configure(EntityTypeBuilder<SharedMaintenanceFundRow> builder)
    {
        builder.ToTable("SharedMaintenanceFunds");
        builder.HasKey(f => f.UnitCode);
        builder.Property(f => f.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
    }
}
