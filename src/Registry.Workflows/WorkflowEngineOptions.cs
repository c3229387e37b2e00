namespace Registry.Workflows;

/// <summary>Engine settings (bound through <c>IOptions</c>).</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>Roles and candidate groups that exist; publishing rejects a definition naming others. Null skips the check.</summary>
    public IReadOnlySet<string>? KnownRoles { get; set; }

    /// <summary>Rule sets that exist; publishing rejects a definition naming others. Null skips the check.</summary>
    public IReadOnlySet<string>? KnownRuleSets { get; set; }

    /// <summary>Signal names that exist (a wait's <c>signal</c>); publishing rejects a definition naming others. Null skips the check.</summary>
    public IReadOnlySet<string>? KnownSignals { get; set; }

    /// <summary>The offset used to show times in messages and the journal text (China Standard Time, +08:00, by default).</summary>
    public TimeSpan DisplayOffset { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How many times a step is recomputed after a concurrency conflict that did not touch the same task (e.g. parallel branches).</summary>
    public int ConflictRetries { get; set; } = 3;

    /// <summary>Safety limit on automatic nodes executed in one step (guards against a loop of automatic nodes).</summary>
    public int MaxAutomaticStepsPerCommand { get; set; } = 1000;
}
