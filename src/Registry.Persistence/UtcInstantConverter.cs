using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Registry.Persistence;

/// <summary>Stores a <see cref="DateTimeOffset"/> as the same instant at offset zero (PostgreSQL timestamptz).</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
