namespace Registry.Application.Deadlines;

/// <summary>One page of open deadlines.</summary>
/// <param name="Items">The deadlines on this page, earliest due first.</param>
/// <param name="Total">How many match in all.</param>
public sealed record CaseDeadlinePage(IReadOnlyList<CaseDeadlineRecord> Items, int Total);
