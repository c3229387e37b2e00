namespace Registry.Workflows.Definitions;

/// <summary>The built-in activity kinds (the <c>kind</c> field of a node in JSON); the application adds its own through <see cref="Activities.IHostedActivity"/>.</summary>
public static class ActivityKinds
{
    /// <summary>A task a person completes with an outcome (approve, return, reject, suspend).</summary>
    public const string HumanTask = "humanTask";

    /// <summary>Runs a named rule set through <see cref="Ports.IRuleSetRunner"/>; routes by pass, warn or block.</summary>
    public const string RuleCheck = "ruleCheck";

    /// <summary>Approves without a person when the bound rule set fully passes, otherwise routes to "manual".</summary>
    public const string AutoDecision = "autoDecision";

    /// <summary>Starts every outgoing branch whose condition holds.</summary>
    public const string ParallelSplit = "parallelSplit";

    /// <summary>Continues once every incoming branch has arrived; fires exactly once per round.</summary>
    public const string Join = "join";

    /// <summary>Waits for an external signal or until a due instant (a timer bookmark swept by the host).</summary>
    public const string Wait = "wait";

    /// <summary>Sends a notification through <see cref="Ports.INotificationSender"/>.</summary>
    public const string Notify = "notify";

    /// <summary>Ends the instance as completed, rejected or withdrawn.</summary>
    public const string End = "end";
}
