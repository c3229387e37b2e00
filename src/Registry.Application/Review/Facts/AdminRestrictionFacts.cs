namespace Registry.Application.Review.Facts;

/// <summary>An administrative halt or restriction (征收暂停、行政限制).</summary>
public sealed record AdminRestrictionFacts
{
    /// <summary>Restricting body.</summary>
    public required string Authority { get; init; }

    /// <summary>Expropriation, Confiscation, PublicSecurity, Tax, Customs, Market…</summary>
    public required string Kind { get; init; }

    /// <summary>Business-type patterns the restriction covers (same pattern syntax as rules); empty means every disposal.</summary>
    public IReadOnlyList<string> CoveredTypes { get; init; } = [];

    /// <summary>Released.</summary>
    public bool Released { get; init; }
}
