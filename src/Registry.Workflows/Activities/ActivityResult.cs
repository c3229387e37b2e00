namespace Registry.Workflows.Activities;

/// <summary>What an activity asks the engine to do next.</summary>
internal readonly record struct ActivityResult(ActivityResultKind Kind, string Outcome)
{
    public static ActivityResult Wait { get; } = new(ActivityResultKind.Wait, string.Empty);

    public static ActivityResult Halt { get; } = new(ActivityResultKind.Halt, string.Empty);

    public static ActivityResult Continue(string outcome) => new(ActivityResultKind.Continue, outcome);

    public static ActivityResult Fork(string outcome) => new(ActivityResultKind.Fork, outcome);
}

internal enum ActivityResultKind
{
    /// <summary>A bookmark was created (or the join is still waiting); stop this path.</summary>
    Wait,

    /// <summary>Follow the first transition matching the outcome.</summary>
    Continue,

    /// <summary>Follow every transition matching the outcome (parallel split).</summary>
    Fork,

    /// <summary>The instance ended.</summary>
    Halt,
}
