namespace Registry.Domain.Register;

/// <summary>Co-ownership type (共有方式).</summary>
public enum CoOwnership
{
    /// <summary>单独所有 — one holder, no share.</summary>
    Sole,

    /// <summary>共同共有 — joint co-ownership, two or more holders, no shares.</summary>
    Joint,

    /// <summary>按份共有 — co-ownership by shares that sum to exactly 1.</summary>
    ByShares,
}
