namespace Registry.Application.Worklist;

/// <summary>A page of rows and the bounded count.</summary>
/// <param name="Rows">The page.</param>
/// <param name="Count">Matches counted, at most the criteria's limit.</param>
/// <param name="CountIsCapped">True when counting stopped at the limit: there are at least <paramref name="Count"/>.</param>
public sealed record WorklistRowPage(IReadOnlyList<WorklistRow> Rows, int Count, bool CountIsCapped);
