using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.RuleSets;

internal sealed class RuleSetVersionRowConfiguration : IEntityTypeConfiguration<RuleSetVersionRow>
{
    public void Configure(EntityTypeBuilder<RuleSetVersionRow> builder)
    {
        builder.ToTable("RuleSetVersions");
        // The key makes publishing atomic between admins and nodes: of two publishes of the same next version, one insert wins.
        builder.HasKey(r => new { r.Name, r.Version });
        builder.Property(r => r.Name).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.Kind).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.PublishedBy).HasMaxLength(100);
        builder.Property(r => r.Note).HasMaxLength(500);
    }
}

internal sealed class RuleVersionRowConfiguration : IEntityTypeConfiguration<RuleVersionRow>
{
    public void Configure(EntityTypeBuilder<RuleVersionRow> builder)
    {
        builder.ToTable("RuleVersions");
        builder.HasKey(r => new { r.RuleSetName, r.RuleSetVersion, r.RuleCode, r.RuleVersion });
        builder.Property(r => r.RuleSetName).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.RuleCode).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.ContentHash).HasMaxLength(64).IsUnicode(false);
        builder.HasOne<RuleSetVersionRow>().WithMany().HasForeignKey(r => new { r.RuleSetName, r.RuleSetVersion }).OnDelete(DeleteBehavior.Cascade);
    }
}
