using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Cases;

internal sealed class CaseRowConfiguration : IEntityTypeConfiguration<CaseRow>
{
    public void Configure(EntityTypeBuilder<CaseRow> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.HasIndex(c => c.CaseNumber).IsUnique();
        builder.Property(c => c.BusinessType).HasMaxLength(60).IsUnicode(false);
        builder.Property(c => c.Status).HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.AcceptedBy).HasMaxLength(100);
        builder.Property(c => c.Channel).HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.Cause).HasMaxLength(40);
        builder.Property(c => c.DeclaredPrice).HasPrecision(18, 2);
        builder.Property(c => c.CertificateNo).HasMaxLength(60);
        builder.Property(c => c.MortgageAmount).HasPrecision(18, 2);
        builder.Property(c => c.MortgageKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.EntrustingAuthority).HasMaxLength(100);
        builder.Property(c => c.CourtDocumentNo).HasMaxLength(100);
        builder.Property(c => c.ObjectionMatter).HasMaxLength(500);
        builder.Property(c => c.ExtrasJson).HasMaxLength(4000);
        builder.Property(c => c.IssuedCertificateNo).HasMaxLength(60);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Status, c.CaseNumber });

        // The dashboard counts the cases accepted in a period (dash).
        builder.HasIndex(c => c.AcceptedAt);
    }
}

internal sealed class CasePartyRowConfiguration : IEntityTypeConfiguration<CasePartyRow>
{
    public void Configure(EntityTypeBuilder<CasePartyRow> builder)
    {
        builder.ToTable("CaseParties");
        builder.HasKey(p => new { p.CaseId, p.Ordinal });
        builder.Property(p => p.Role).HasMaxLength(16).IsUnicode(false);
        builder.Property(p => p.IdKind).HasMaxLength(16).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(p => p.Mobile).HasMaxLength(20).IsUnicode(false);
        builder.HasOne<CaseRow>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.IdNumber);

        // The worklist's search by party name (prefix).
        builder.HasIndex(p => p.Name);
    }
}

internal sealed class CaseUnitRowConfiguration : IEntityTypeConfiguration<CaseUnitRow>
{
    public void Configure(EntityTypeBuilder<CaseUnitRow> builder)
    {
        builder.ToTable("CaseUnits");
        builder.HasKey(u => new { u.CaseId, u.Ordinal });
        builder.Property(u => u.UnitCode).HasMaxLength(28).IsFixedLength().IsUnicode(false);
        builder.HasOne<CaseRow>().WithMany().HasForeignKey(u => u.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.UnitCode, u.IsOpen });
    }
}

internal sealed class CaseMaterialRowConfiguration : IEntityTypeConfiguration<CaseMaterialRow>
{
    public void Configure(EntityTypeBuilder<CaseMaterialRow> builder)
    {
        builder.ToTable("CaseMaterials");
        builder.HasKey(m => new { m.CaseId, m.Ordinal });
        builder.Property(m => m.Code).HasMaxLength(60).IsUnicode(false);
        builder.Property(m => m.ProvidedBy).HasMaxLength(200);
        builder.HasOne<CaseRow>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseStatusChangeRowConfiguration : IEntityTypeConfiguration<CaseStatusChangeRow>
{
    public void Configure(EntityTypeBuilder<CaseStatusChangeRow> builder)
    {
        builder.ToTable("CaseStatusChanges");
        builder.HasKey(h => new { h.CaseId, h.Ordinal });
        builder.Property(h => h.FromStatus).HasMaxLength(16).IsUnicode(false);
        builder.Property(h => h.ToStatus).HasMaxLength(16).IsUnicode(false);
        builder.Property(h => h.Actor).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(1000);
        builder.HasOne<CaseRow>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);

        // Self-check runs page through the cases completed in a range (selfcheck).
        builder.HasIndex(h => new { h.ToStatus, h.At });
    }
}

internal sealed class ReviewRunRowConfiguration : IEntityTypeConfiguration<ReviewRunRow>
{
    public void Configure(EntityTypeBuilder<ReviewRunRow> builder)
    {
        builder.ToTable("ReviewRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(200).IsUnicode(false);
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.Property(r => r.RequestName).HasMaxLength(200);
        builder.Property(r => r.Stage).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.Verdict).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.RuleSets).HasMaxLength(1000);
        builder.HasOne<CaseRow>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CaseNumber, r.EvaluatedAt });
    }
}

internal sealed class RuleFindingRowConfiguration : IEntityTypeConfiguration<RuleFindingRow>
{
    public void Configure(EntityTypeBuilder<RuleFindingRow> builder)
    {
        builder.ToTable("RuleFindings");
        builder.HasKey(f => new { f.RunId, f.Ordinal });
        builder.Property(f => f.Stage).HasMaxLength(16).IsUnicode(false);
        builder.Property(f => f.UnitCode).HasMaxLength(28).IsUnicode(false);
        builder.Property(f => f.RuleCode).HasMaxLength(80).IsUnicode(false);
        builder.Property(f => f.Reference).HasMaxLength(40).IsUnicode(false);
        builder.Property(f => f.RuleSet).HasMaxLength(100).IsUnicode(false);
        builder.Property(f => f.Category).HasMaxLength(20).IsUnicode(false);
        builder.Property(f => f.Severity).HasMaxLength(8).IsUnicode(false);
        builder.Property(f => f.Outcome).HasMaxLength(8).IsUnicode(false);
        builder.Property(f => f.NameZh).HasMaxLength(200);
        builder.Property(f => f.MessageZh).HasMaxLength(2000);
        builder.Property(f => f.MessageEn).HasMaxLength(2000);
        builder.Property(f => f.Error).HasMaxLength(2000);
        builder.HasOne<ReviewRunRow>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.CaseId, f.RuleCode });
    }
}
