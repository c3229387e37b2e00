namespace Registry.Application.Inspection;

/// <summary>Where a rectification (整改) stands, read from its last event.</summary>
public enum RectificationState
{
    /// <summary>待整改: waiting for the examiner's answer (sent or re-opened).</summary>
    Open,

    /// <summary>待复核: answered, waiting for the inspector.</summary>
    Answered,

    /// <summary>已销号: closed by the inspector.</summary>
    Closed,
}
