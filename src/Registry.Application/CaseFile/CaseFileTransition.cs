namespace Registry.Application.CaseFile;

/// <summary>A transition of the case's definition, for drawing the diagram.</summary>
/// <param name="From">Source node id.</param>
/// <param name="To">Target node id.</param>
/// <param name="Outcome">The outcome that selects it (null: done).</param>
/// <param name="Taken">The journal shows the case went along it: the source finished with this outcome and the target opened afterwards.</param>
public sealed record CaseFileTransition(string From, string To, string? Outcome, bool Taken);
