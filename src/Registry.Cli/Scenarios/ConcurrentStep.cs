namespace Registry.Cli.Scenarios;

/// <summary>
/// Two (or more) members of staff decide the same open task at the same moment, each from a page that showed them that
/// task: exactly one decision may win; every other one must be told who decided and when, with nothing written.
/// </summary>
public sealed record ConcurrentStep
{
    /// <summary>Case label.</summary>
    public required string Case { get; init; }

    /// <summary>The decisions, started together (their <c>case</c> must be this step's case or omitted).</summary>
    public IReadOnlyList<ConcurrentDecision> Decisions { get; init; } = [];
}
