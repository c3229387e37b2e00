namespace Registry.Application.Review.Facts;

/// <summary>A record another department pushed against a unit (see <see cref="UnitRestrictionKind"/>).</summary>
public sealed record UnitRestrictionFacts
{
    /// <summary>The department's record or document number.</summary>
    public required string RecordNo { get; init; }

    /// <summary>What it is.</summary>
    public required UnitRestrictionKind Kind { get; init; }

    /// <summary>Reporting authority.</summary>
    public required string Authority { get; init; }

    /// <summary>Business-type patterns an administrative restriction covers (rule pattern syntax); empty: every disposal.</summary>
    public IReadOnlyList<string> CoveredTypes { get; init; } = [];

    /// <summary>Lifted, resolved or rectified.</summary>
    public bool Released { get; init; }
}
