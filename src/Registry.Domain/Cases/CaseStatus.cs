namespace Registry.Domain.Cases;

/// <summary>Status of a case (业务件状态). Legal moves are enforced by <see cref="RegistrationCase"/>.</summary>
public enum CaseStatus
{
    /// <summary>受理: accepted at the counter or online, not yet under review.</summary>
    Accepted,

    /// <summary>审核中: an examiner (or the automatic review) is working on it.</summary>
    UnderReview,

    /// <summary>核定: approved for booking.</summary>
    Approved,

    /// <summary>已登簿: the register effect is booked.</summary>
    Recorded,

    /// <summary>办结: certificate issued or handed over; nothing more to do.</summary>
    Completed,

    /// <summary>不予登记: refused.</summary>
    Rejected,

    /// <summary>撤回: withdrawn by the applicant.</summary>
    Withdrawn,

    /// <summary>中止: suspended (announcement, supplement, survey); resumes to where it was.</summary>
    Suspended,
}
