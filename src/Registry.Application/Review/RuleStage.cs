namespace Registry.Application.Review;

/// <summary>When a rule runs (register-rules.md §0.1).</summary>
public enum RuleStage
{
    /// <summary>收件/受理: at the front desk.</summary>
    Intake,

    /// <summary>审核/核定: while the examiner reviews.</summary>
    Review,

    /// <summary>登簿: immediately before booking.</summary>
    Book,

    /// <summary>质检: after booking (self-check and sampling).</summary>
    QC,
}
