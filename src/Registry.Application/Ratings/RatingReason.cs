namespace Registry.Application.Ratings;

/// <summary>The reasons an applicant may tick (the pick list of the rating form); stored by name.</summary>
public enum RatingReason
{
    /// <summary>办理高效.</summary>
    Efficient,

    /// <summary>服务热情.</summary>
    Courteous,

    /// <summary>指引清楚.</summary>
    ClearGuidance,

    /// <summary>等候时间长.</summary>
    LongWait,

    /// <summary>多次跑动.</summary>
    RepeatedVisits,

    /// <summary>材料要求不清楚.</summary>
    UnclearRequirements,

    /// <summary>服务态度差.</summary>
    PoorAttitude,

    /// <summary>办理超时.</summary>
    Overdue,

    /// <summary>其他.</summary>
    Other,
}
