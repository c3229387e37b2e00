using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Notifications;

internal sealed class OutboxMessageRowConfiguration : IEntityTypeConfiguration<OutboxMessageRow>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRow> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Recipient).HasMaxLength(100);
        builder.Property(m => m.TemplateKey).HasMaxLength(64).IsUnicode(false);
        builder.Property(m => m.Text).HasMaxLength(1000);
        builder.Property(m => m.CaseNumber).HasMaxLength(40);
        builder.Property(m => m.DedupeKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.DedupeKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.CaseNumber, m.TemplateKey }); // the self-check reads a case's booking report (上报)
    }
}
