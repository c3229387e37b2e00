namespace Registry.Application.Designer;

/// <summary>One line of a line-based diff.</summary>
/// <param name="Kind">Whether the line is kept, removed (only in the old text) or added (only in the new text).</param>
/// <param name="Text">The line.</param>
/// <param name="OldNumber">1-based line number in the old text (kept and removed lines).</param>
/// <param name="NewNumber">1-based line number in the new text (kept and added lines).</param>
public sealed record DiffLine(DiffLineKind Kind, string Text, int? OldNumber, int? NewNumber);
