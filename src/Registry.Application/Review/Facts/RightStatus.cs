namespace Registry.Application.Review.Facts;

/// <summary>Status of the unit's ownership/use right (权属状态).</summary>
public enum RightStatus
{
    /// <summary>No right registered (no first registration).</summary>
    None,
    /// <summary>临时 (case open).</summary>
    Pending,
    /// <summary>现势.</summary>
    Current,
    /// <summary>历史.</summary>
    Historical,
}
