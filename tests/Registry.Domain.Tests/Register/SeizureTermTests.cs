using Registry.Domain.Register;

namespace Registry.Domain.Tests.Register;

public sealed class SeizureTermTests
{
    [Theory]
    [InlineData("2026-01-20", "2029-01-19", "2026-03-09", "2029-03-08")] // three years, last day inclusive
    [InlineData("2026-01-20", "2029-01-20", "2026-03-09", "2029-03-09")] // three years to the same date
    [InlineData("2026-01-20", "2026-02-04", "2026-03-09", "2026-03-24")] // 15 days
    public void From_LaterStart_KeepsTheTermLength(string start, string end, string from, string expectedEnd)
    {
        var (s, e) = SeizureTerm.From(D(start), D(end), D(from));

        Assert.Equal(D(from), s);
        Assert.Equal(D(expectedEnd), e);
    }

    [Fact]
    public void From_WithoutStart_StartsOnTheDayAndKeepsTheEnd()
    {
        Assert.Equal((new DateOnly(2026, 3, 9), new DateOnly(2029, 1, 19)), SeizureTerm.From(null, new DateOnly(2029, 1, 19), new DateOnly(2026, 3, 9)));
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
