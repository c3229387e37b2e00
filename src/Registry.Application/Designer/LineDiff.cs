using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Registry.Application.Designer;

/// <summary>
/// Line-based diff between a published version's text and a draft's, computed by DiffPlex (Myers' algorithm) and
/// flattened into kept, removed and added lines with their numbers in each text.
/// </summary>
public static class LineDiff
{
    /// <summary>Compares two texts line by line; line endings (CRLF, LF) and a trailing newline do not count as changes.</summary>
    /// <param name="before">The old text.</param>
    /// <param name="after">The new text.</param>
    /// <returns>The lines in order, each kept, removed or added.</returns>
    public static IReadOnlyList<DiffLine> Compute(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Normalise(before);
        var b = Normalise(after);
        DiffResult diff = Differ.Instance.CreateDiffs(a, b, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var result = new List<DiffLine>(oldLines.Count + newLines.Count);

        // Blocks are in order; the lines between two blocks are the same in both texts.
        int x = 0, y = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; x < block.DeleteStartA; x++, y++)
            {
                result.Add(new DiffLine(DiffLineKind.Kept, oldLines[x], x + 1, y + 1));
            }

            for (var i = 0; i < block.DeleteCountA; i++, x++)
            {
                result.Add(new DiffLine(DiffLineKind.Removed, oldLines[x], x + 1, null));
            }

            for (var j = 0; j < block.InsertCountB; j++, y++)
            {
                result.Add(new DiffLine(DiffLineKind.Added, newLines[y], null, y + 1));
            }
        }

        for (; x < oldLines.Count; x++, y++)
        {
            result.Add(new DiffLine(DiffLineKind.Kept, oldLines[x], x + 1, y + 1));
        }

        return result;
    }

    // DiffPlex splits on \n and would report a final newline as an extra empty line.
    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n');
}
