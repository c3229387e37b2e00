using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Workflows;

internal sealed class BusinessTypeWorkflowRowConfiguration : IEntityTypeConfiguration<BusinessTypeWorkflowRow>
{
    public void Configure(EntityTypeBuilder<BusinessTypeWorkflowRow> builder)
    {
        builder.ToTable("BusinessTypeWorkflows");
        builder.HasKey(r => r.BusinessType);
        builder.Property(r => r.BusinessType).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.DefinitionId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.BoundBy).HasMaxLength(100);

        // Which types use a definition.
        builder.HasIndex(r => r.DefinitionId);
    }
}
