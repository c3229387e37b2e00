using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Api;

internal sealed class ApiClientRowConfiguration : IEntityTypeConfiguration<ApiClientRow>
{
    public void Configure(EntityTypeBuilder<ApiClientRow> builder)
    {
        builder.ToTable("ApiClients");
        builder.HasKey(c => c.ClientId);
        builder.Property(c => c.ClientId).HasMaxLength(100).IsUnicode(false);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.IdNumber).HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.WebhookUrl).HasMaxLength(500);
        builder.Property(c => c.WebhookSecret).HasMaxLength(100).IsUnicode(false);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
    }
}

internal sealed class ApiSubmissionRowConfiguration : IEntityTypeConfiguration<ApiSubmissionRow>
{
    public void Configure(EntityTypeBuilder<ApiSubmissionRow> builder)
    {
        builder.ToTable("ApiSubmissions");
        builder.HasKey(s => s.CaseNumber);
        builder.Property(s => s.CaseNumber).HasMaxLength(40).IsUnicode(false);
        builder.Property(s => s.ClientId).HasMaxLength(100).IsUnicode(false);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(200);
        builder.Property(s => s.RequestHash).HasMaxLength(64).IsUnicode(false);

        // The same key twice from one client is one case, whatever the timing: the database enforces it.
        builder.HasIndex(s => new { s.ClientId, s.IdempotencyKey }).IsUnique();
    }
}

internal sealed class ApiJournalRowConfiguration : IEntityTypeConfiguration<ApiJournalRow>
{
    public void Configure(EntityTypeBuilder<ApiJournalRow> builder)
    {
        builder.ToTable("ApiJournal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.ClientId).HasMaxLength(100).IsUnicode(false);
        builder.Property(j => j.Action).HasMaxLength(32).IsUnicode(false);
        builder.Property(j => j.CaseNumber).HasMaxLength(40).IsUnicode(false);
        builder.Property(j => j.Outcome).HasMaxLength(200);
        builder.Property(j => j.RemoteAddress).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(j => new { j.ClientId, j.Id });
    }
}

internal sealed class ApiServerKeyRowConfiguration : IEntityTypeConfiguration<ApiServerKeyRow>
{
    public void Configure(EntityTypeBuilder<ApiServerKeyRow> builder)
    {
        builder.ToTable("ApiServerKeys");
        builder.HasKey(k => k.Purpose);
        builder.Property(k => k.Purpose).HasMaxLength(16).IsUnicode(false);
        builder.Property(k => k.ProtectedKey).HasMaxLength(8000).IsUnicode(false);
    }
}
