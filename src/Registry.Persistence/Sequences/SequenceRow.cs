using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Registry.Persistence.Sequences;

/// <summary>The last number handed out for a key (case numbers per division and day, certificate numbers per year and series).</summary>
internal sealed class SequenceRow
{
    public string Key { get; set; } = string.Empty;

    public int Value { get; set; }
}

internal sealed class SequenceRowConfiguration : IEntityTypeConfiguration<SequenceRow>
{
    public void Configure(EntityTypeBuilder<SequenceRow> builder)
    {
        builder.ToTable("Sequences");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);

        // The value is its own concurrency token: two nodes taking the same next number collide and one retries.
        builder.Property(s => s.Value).IsConcurrencyToken();
    }
}
