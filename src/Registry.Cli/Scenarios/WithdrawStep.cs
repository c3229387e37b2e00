namespace Registry.Cli.Scenarios;

/// <summary>
/// The applicants withdraw their application before booking (撤回申请, Regulation art. 15; 实施细则 art. 13): the engine ends
/// the case as withdrawn and the case status and clock follow in the same case command.
/// </summary>
public sealed record WithdrawStep
{
    /// <summary>Case label.</summary>
    public required string Case { get; init; }

    /// <summary>User recording the withdrawal (normally the acceptor).</summary>
    public string As { get; init; } = "acceptor";

    /// <summary>Why, as written in the journal.</summary>
    public string? Reason { get; init; }
}
