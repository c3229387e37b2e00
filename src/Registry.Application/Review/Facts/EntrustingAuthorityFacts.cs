namespace Registry.Application.Review.Facts;

/// <summary>The court, procuratorate or public-security organ that entrusts a case (嘱托机关).</summary>
public sealed record EntrustingAuthorityFacts
{
    /// <summary>Authority name, e.g. 某某区人民法院.</summary>
    public required string Name { get; init; }

    /// <summary>Court, Procuratorate or PublicSecurity (or an administrative body).</summary>
    public string Kind { get; init; } = "Court";

    /// <summary>Ruling and assistance-notice numbers (文号).</summary>
    public IReadOnlyList<string> DocumentNumbers { get; init; } = [];

    /// <summary>Debtor named in the order.</summary>
    public string? DebtorName { get; init; }

    /// <summary>Debtor's ID number named in the order.</summary>
    public string? DebtorIdNumber { get; init; }

    /// <summary>Start of the ordered seizure term.</summary>
    public DateOnly? OrderStart { get; init; }

    /// <summary>End of the ordered seizure term.</summary>
    public DateOnly? OrderEnd { get; init; }

    /// <summary>True when the ordered term (start to end) is longer than <paramref name="years"/> years (SEI-06: 3).</summary>
    public bool TermExceedsYears(int years) => OrderStart is { } s && OrderEnd is { } e && e > s.AddYears(years);
}
