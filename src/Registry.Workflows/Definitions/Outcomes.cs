using System.Collections.Frozen;

namespace Registry.Workflows.Definitions;

/// <summary>Outcome names used on transitions and task decisions.</summary>
public static class Outcomes
{
    /// <summary>Human task approved (通过).</summary>
    public const string Approve = "approve";

    /// <summary>Human task returned to an earlier task (退回).</summary>
    public const string Return = "return";

    /// <summary>Human task rejected (不予通过).</summary>
    public const string Reject = "reject";

    /// <summary>Human task suspends the instance (中止); the task stays open.</summary>
    public const string Suspend = "suspend";

    /// <summary>Automatic node finished normally (the default when a transition names no outcome).</summary>
    public const string Done = "done";

    /// <summary>Rule check: every rule passed.</summary>
    public const string Pass = "pass";

    /// <summary>Rule check: nothing blocks but something warns.</summary>
    public const string Warn = "warn";

    /// <summary>Rule check: a blocking rule failed.</summary>
    public const string Block = "block";

    /// <summary>Auto decision: not approvable automatically, route to a person.</summary>
    public const string Manual = "manual";

    /// <summary>Wait: the timer fell due.</summary>
    public const string Timeout = "timeout";

    /// <summary>The four outcomes a human task may allow.</summary>
    public static IReadOnlySet<string> HumanTaskOutcomes { get; } = new[] { Approve, Return, Reject, Suspend }.ToFrozenSet(StringComparer.Ordinal);
}
