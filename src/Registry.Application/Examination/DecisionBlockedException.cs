using Registry.Application.Review;

namespace Registry.Application.Examination;

/// <summary>
/// An approval refused because the case's latest review has unresolved blocking findings (阻断): the case may be returned,
/// refused or suspended, but not passed on to the register while a block stands.
/// </summary>
public sealed class DecisionBlockedException : Exception
{
    /// <summary>Creates the exception for <paramref name="taskName"/> and the blocking findings.</summary>
    public DecisionBlockedException(string caseNumber, string taskName, IReadOnlyList<RuleFinding> blocking)
        : base($"“{taskName}”不能通过：业务 {caseNumber} 存在未解决的阻断性审查结论（{string.Join("；", (blocking ?? []).Select(f => $"{f.RuleCode} {f.MessageZh ?? f.NameZh}"))}）。请退回、不予登记或中止。")
    {
        CaseNumber = caseNumber;
        TaskName = taskName;
        Blocking = blocking ?? [];
    }

    /// <summary>Required by the exception pattern.</summary>
    public DecisionBlockedException()
    {
        CaseNumber = TaskName = string.Empty;
        Blocking = [];
    }

    /// <summary>Required by the exception pattern.</summary>
    public DecisionBlockedException(string message)
        : base(message)
    {
        CaseNumber = TaskName = string.Empty;
        Blocking = [];
    }

    /// <summary>Required by the exception pattern.</summary>
    public DecisionBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseNumber = TaskName = string.Empty;
        Blocking = [];
    }

    /// <summary>The case.</summary>
    public string CaseNumber { get; }

    /// <summary>The task that could not be approved.</summary>
    public string TaskName { get; }

    /// <summary>The blocking findings (rule code, messages in Chinese and English).</summary>
    public IReadOnlyList<RuleFinding> Blocking { get; }
}
