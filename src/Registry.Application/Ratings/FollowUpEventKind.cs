namespace Registry.Application.Ratings;

/// <summary>What happened to a 差评 follow-up (差评整改); events are appended, never changed — as a rectification's.</summary>
public enum FollowUpEventKind
{
    /// <summary>立案: opened by the 差评 itself.</summary>
    Opened,

    /// <summary>核实整改并答复: staff verified the complaint, said what was rectified and what the applicant was told.</summary>
    Answered,

    /// <summary>销号: a quality inspector or business admin accepted the answer.</summary>
    Closed,

    /// <summary>退回: the answer was not accepted; the follow-up is open again.</summary>
    Reopened,
}
