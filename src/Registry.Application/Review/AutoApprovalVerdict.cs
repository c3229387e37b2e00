namespace Registry.Application.Review;

/// <summary>What the auto-decision step does with a case.</summary>
public enum AutoApprovalVerdict
{
    /// <summary>Approve without a person (机器审核通过).</summary>
    Approve,

    /// <summary>Route to an examiner with the findings.</summary>
    RouteToExaminer,
}
