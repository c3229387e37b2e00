using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Progress;

internal sealed class CaseQueryCodeRowConfiguration : IEntityTypeConfiguration<CaseQueryCodeRow>
{
    public void Configure(EntityTypeBuilder<CaseQueryCodeRow> builder)
    {
        builder.ToTable("CaseQueryCodes");
        builder.HasKey(r => r.CaseNumber);
        builder.Property(r => r.CaseNumber).HasMaxLength(23).IsUnicode(false);
        builder.Property(r => r.Salt).HasMaxLength(32).IsUnicode(false);
        builder.Property(r => r.Hash).HasMaxLength(64).IsUnicode(false);
    }
}
