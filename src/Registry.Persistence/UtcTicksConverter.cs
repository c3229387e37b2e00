using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Registry.Persistence;

/// <summary>
/// SQLite has no date-time-offset type: store instants as UTC ticks so comparisons and ordering in SQL
/// are exact. The offset is not kept; instants are read back in UTC.
/// </summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
    {
    }
}
