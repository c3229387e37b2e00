namespace Registry.Application.Security;

/// <summary>
/// The staff roles of a registration office. The same names are used as ASP.NET Core Identity roles and as the
/// <c>role</c> of human-task nodes in workflow definitions, so a task is offered to exactly the people of that role.
/// </summary>
public static class RegistryRoles
{
    /// <summary>受理: the window clerk who accepts applications.</summary>
    public const string Acceptor = "acceptor";

    /// <summary>初审: first review.</summary>
    public const string FirstReview = "first-review";

    /// <summary>复审: second review.</summary>
    public const string SecondReview = "second-review";

    /// <summary>核定: approval.</summary>
    public const string Approver = "approver";

    /// <summary>登簿: recording in the register.</summary>
    public const string Recorder = "recorder";

    /// <summary>质检: quality inspection.</summary>
    public const string QualityInspector = "quality-inspector";

    /// <summary>业务管理: business administration (workflow and rule designer).</summary>
    public const string BusinessAdmin = "business-admin";

    /// <summary>领导: office leadership; sees the indicators dashboard, decides no case.</summary>
    public const string Leader = "leader";

    /// <summary>Every staff role, in the order a case meets them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Acceptor, FirstReview, SecondReview, Approver, Recorder, QualityInspector, BusinessAdmin, Leader];

    /// <summary>The roles that decide on a case (审核 steps); one person may take at most one of them per case.</summary>
    public static IReadOnlyList<string> Examination { get; } = [FirstReview, SecondReview, Approver];
}
