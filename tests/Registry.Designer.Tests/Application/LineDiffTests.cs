using Registry.Application.Designer;

namespace Registry.Designer.Tests.Application;

public sealed class LineDiffTests
{
    [Fact]
    public void Compute_ChangedMiddleLine_IsRemovedThenAdded_AroundKeptLines()
    {
        var diff = LineDiff.Compute("a\nb\nc\n", "a\nB\nc\nd");

        Assert.Equal(
            [(DiffLineKind.Kept, "a"), (DiffLineKind.Removed, "b"), (DiffLineKind.Added, "B"), (DiffLineKind.Kept, "c"), (DiffLineKind.Added, "d")],
            diff.Select(l => (l.Kind, l.Text)));
        Assert.Equal([1, 2, null, 3, null], diff.Select(l => l.OldNumber));
        Assert.Equal([1, null, 2, 3, 4], diff.Select(l => l.NewNumber));
    }

    [Fact]
    public void Compute_SameTextWithOtherLineEndings_HasNoChanges()
    {
        Assert.All(LineDiff.Compute("x\r\ny", "x\ny\n"), l => Assert.Equal(DiffLineKind.Kept, l.Kind));
    }

    [Fact]
    public void Compute_FromEmptyText_AddsEveryLineAndKeepsNone()
    {
        var diff = LineDiff.Compute(string.Empty, "a\nb\n");

        Assert.Equal([(DiffLineKind.Added, "a"), (DiffLineKind.Added, "b")], diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Compute_LongTexts_KeepsUnchangedLinesAndNumbersThemInBothTexts()
    {
        var before = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"line {i}"));
        var after = before.Replace("line 2500", "line 2500 changed", StringComparison.Ordinal);

        var diff = LineDiff.Compute(before, after);

        Assert.Equal(4_999, diff.Count(l => l.Kind == DiffLineKind.Kept));
        var added = Assert.Single(diff, l => l.Kind == DiffLineKind.Added);
        Assert.Equal((2501, "line 2500 changed"), (added.NewNumber!.Value, added.Text));
        Assert.Equal(5_000, diff[^1].OldNumber);
    }
}
