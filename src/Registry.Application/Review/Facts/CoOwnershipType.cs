namespace Registry.Application.Review.Facts;

/// <summary>Co-ownership type (共有方式).</summary>
public enum CoOwnershipType
{
    /// <summary>单独所有.</summary>
    Sole,
    /// <summary>共同共有.</summary>
    Joint,
    /// <summary>按份共有.</summary>
    ByShares,
}
