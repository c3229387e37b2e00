namespace Registry.Application.Designer;

/// <summary>
/// Line-based diff (longest common subsequence of lines) between a published version's JSON and a draft's. Definitions are
/// a few hundred lines, so the quadratic table is small; above <see cref="MaxCells"/> cells the texts are shown as
/// all-removed then all-added rather than spending the memory.
/// </summary>
public static class LineDiff
{
    /// <summary>The largest LCS table (old lines × new lines) computed.</summary>
    public const int MaxCells = 4_000_000;

    /// <summary>Compares two texts line by line.</summary>
    /// <param name="before">The old text.</param>
    /// <param name="after">The new text.</param>
    /// <returns>The lines in order, each kept, removed or added.</returns>
    public static IReadOnlyList<DiffLine> Compute(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Split(before);
        var b = Split(after);
        var result = new List<DiffLine>(a.Length + b.Length);
        if ((long)a.Length * b.Length > MaxCells)
        {
            result.AddRange(a.Select((t, i) => new DiffLine(DiffLineKind.Removed, t, i + 1, null)));
            result.AddRange(b.Select((t, j) => new DiffLine(DiffLineKind.Added, t, null, j + 1)));
            return result;
        }

        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                result.Add(new DiffLine(DiffLineKind.Kept, a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add(new DiffLine(DiffLineKind.Removed, a[x], x + 1, null));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffLineKind.Added, b[y], null, y + 1));
                y++;
            }
        }

        for (; x < a.Length; x++)
        {
            result.Add(new DiffLine(DiffLineKind.Removed, a[x], x + 1, null));
        }

        for (; y < b.Length; y++)
        {
            result.Add(new DiffLine(DiffLineKind.Added, b[y], null, y + 1));
        }

        return result;
    }

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
