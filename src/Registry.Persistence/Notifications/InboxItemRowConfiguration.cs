using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Notifications;

internal sealed class InboxItemRowConfiguration : IEntityTypeConfiguration<InboxItemRow>
{
    public void Configure(EntityTypeBuilder<InboxItemRow> builder)
    {
        builder.ToTable("StaffInboxItems");
        builder.HasKey(i => i.MessageId);
        builder.Property(i => i.MessageId).ValueGeneratedNever();
        builder.Property(i => i.Recipient).HasMaxLength(100);
        builder.Property(i => i.TemplateKey).HasMaxLength(64).IsUnicode(false);
        builder.Property(i => i.Text).HasMaxLength(1000);
        builder.Property(i => i.CaseNumber).HasMaxLength(40);
        builder.HasIndex(i => new { i.Recipient, i.CreatedAt });
    }
}
