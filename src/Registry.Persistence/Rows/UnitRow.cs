namespace Registry.Persistence.Rows;

/// <summary>One immovable unit: its natural state and the concurrency version of its register.</summary>
internal sealed class UnitRow
{
    public required string Code { get; set; }

    public required string ParcelCode { get; set; }

    public required string Kind { get; set; }

    public required string Location { get; set; }

    public required string Use { get; set; }

    public decimal Area { get; set; }

    /// <summary>Incremented by every save of the unit's register; concurrency token.</summary>
    public long Version { get; set; }
}
