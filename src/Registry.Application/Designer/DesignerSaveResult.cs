using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>The outcome of saving a draft.</summary>
/// <param name="Saved">True when the draft was stored. JSON that does not parse or fails the schema is not stored.</param>
/// <param name="Issues">Every issue found; a saved draft may still have structural issues, which block publishing.</param>
public sealed record DesignerSaveResult(bool Saved, IReadOnlyList<DefinitionIssue> Issues);
