namespace Registry.Application.Review.Facts;

/// <summary>Kind of a seizure entry.</summary>
public enum SeizureKind
{
    /// <summary>查封 (effective).</summary>
    Seizure,
    /// <summary>轮候查封 (queued, not effective).</summary>
    Waiting,
    /// <summary>预查封 (same effect as a seizure).</summary>
    PreSeizure,
}
