namespace Registry.Persistence.Rows;

/// <summary>A holder of an ownership entry (shares as exact numerator/denominator), or a mortgagor (抵押人) of a mortgage entry.</summary>
internal sealed class RightHolderRow
{
    public Guid EntryId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>Denormalised so a holder-name search does not need the entry to find the unit.</summary>
    public required string UnitCode { get; set; }

    public required string Name { get; set; }

    public required string IdKind { get; set; }

    public required string IdNumber { get; set; }

    public long? ShareNumerator { get; set; }

    public long? ShareDenominator { get; set; }
}
