namespace Registry.Workflows.Runtime;

/// <summary>A bookmark that is no longer open, with who closed it, when and how.</summary>
/// <param name="Bookmark">The bookmark as it was when open.</param>
/// <param name="ClosedBy">Who completed or cancelled it.</param>
/// <param name="ClosedAt">When.</param>
/// <param name="Outcome">The outcome, or <c>cancelled</c>/<c>migrated</c> when closed by the engine.</param>
public sealed record ClosedBookmark(Bookmark Bookmark, string ClosedBy, DateTimeOffset ClosedAt, string Outcome);
