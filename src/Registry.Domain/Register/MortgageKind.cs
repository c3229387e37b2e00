namespace Registry.Domain.Register;

/// <summary>Kind of mortgage.</summary>
public enum MortgageKind
{
    /// <summary>一般抵押 — ordinary mortgage; the amount is the secured debt.</summary>
    General,

    /// <summary>最高额抵押 — maximum-amount mortgage; the amount is the ceiling.</summary>
    MaximumAmount,
}
