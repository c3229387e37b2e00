namespace Registry.Cli.Scenarios;

/// <summary>One of the decisions of a <see cref="ConcurrentStep"/>.</summary>
public sealed record ConcurrentDecision
{
    /// <summary>User deciding.</summary>
    public required string As { get; init; }

    /// <summary>approve, return, reject or suspend.</summary>
    public required string Outcome { get; init; }

    /// <summary>Opinion.</summary>
    public string? Opinion { get; init; }

    /// <summary>Node to return to.</summary>
    public string? ReturnTo { get; init; }

    /// <summary>Reason code.</summary>
    public string? Reason { get; init; }
}
