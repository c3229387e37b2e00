namespace Registry.Cli.Scenarios;

/// <summary>A decision that lost a race and what its user was told.</summary>
/// <param name="User">Who decided.</param>
/// <param name="Message">The refusal they got.</param>
public sealed record ScenarioRaceLoser(string User, string Message);
