namespace Registry.Application.Inspection;

/// <summary>What happened to a rectification (整改); events are appended, never changed.</summary>
public enum RectificationEventKind
{
    /// <summary>下发: the inspector sent the failing items to the responsible examiner.</summary>
    Sent,

    /// <summary>回复: the examiner answered what was corrected.</summary>
    Answered,

    /// <summary>销号: the inspector accepted the answer and closed it.</summary>
    Closed,

    /// <summary>退回: the inspector did not accept the answer and re-opened it.</summary>
    Reopened,
}
