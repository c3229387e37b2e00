namespace Registry.Application.Ratings;

/// <summary>Where a follow-up stands, read from its last event.</summary>
public enum FollowUpState
{
    /// <summary>待整改: opened or re-opened, waiting for the answer.</summary>
    Open,

    /// <summary>待复核: answered, waiting for closing.</summary>
    Answered,

    /// <summary>已销号: closed.</summary>
    Closed,
}
