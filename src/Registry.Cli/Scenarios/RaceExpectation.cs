namespace Registry.Cli.Scenarios;

/// <summary>
/// What must hold of the concurrent decisions on a case: how many won, and that each loser was told who decided and
/// when (the winner's login or name and the time, HH:mm in office time, are in the message).
/// </summary>
public sealed record RaceExpectation
{
    /// <summary>How many decisions must have been taken (normally 1).</summary>
    public int? Winners { get; init; }

    /// <summary>Each loser's message names the winner and the time of the decision.</summary>
    public bool? LoserToldWhoAndWhen { get; init; }

    /// <summary>Text each loser's message must contain.</summary>
    public string? Contains { get; init; }
}
