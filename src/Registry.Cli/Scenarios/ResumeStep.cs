namespace Registry.Cli.Scenarios;

/// <summary>
/// A suspended case (中止) is resumed (恢复办理) by a member of staff: the engine's resume, then the case status and clock
/// follow in the same case command. The product has no staff-facing resume use case yet, so the runner calls the engine.
/// </summary>
public sealed record ResumeStep
{
    /// <summary>Case label.</summary>
    public required string Case { get; init; }

    /// <summary>User resuming (any demo user; the journal names them).</summary>
    public required string As { get; init; }
}
