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
}
