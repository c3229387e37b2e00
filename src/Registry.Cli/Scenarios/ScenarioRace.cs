namespace Registry.Cli.Scenarios;

/// <summary>What came of a <see cref="ConcurrentStep"/>: who won, and what each loser was told.</summary>
/// <param name="Task">The task's node name.</param>
/// <param name="At">The scenario clock when the decisions were made.</param>
/// <param name="Winners">Users whose decision was taken.</param>
/// <param name="Losers">Users whose decision was refused, with the message they got.</param>
public sealed record ScenarioRace(string Task, DateTimeOffset At, IReadOnlyList<string> Winners, IReadOnlyList<ScenarioRaceLoser> Losers);
