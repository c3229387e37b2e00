using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class ShareTests
{
    [Fact]
    public void Of_UnreducedFraction_IsReduced()
    {
        var share = Share.Of(2, 4);

        Assert.Equal(1, share.Numerator);
        Assert.Equal(2, share.Denominator);
        Assert.Equal("1/2", share.ToString());
    }

    [Fact]
    public void CheckSumIsWhole_ThirdsAddingToOne_ReturnsNull()
    {
        Assert.Null(Share.CheckSumIsWhole([Share.Of(1, 3), Share.Of(1, 3), Share.Of(1, 3)]));
    }

    [Fact]
    public void CheckSumIsWhole_HalfAndThird_NamesSharesAndSum()
    {
        Assert.Equal("shares 1/2 + 1/3 add up to 5/6, not 1", Share.CheckSumIsWhole([Share.Of(1, 2), Share.Of(1, 3)]));
    }

    [Theory]
    [InlineData("0/3", "must be greater than 0 and at most 1")]
    [InlineData("3/2", "must be greater than 0 and at most 1")]
    [InlineData("1/0", "denominator must be positive")]
    [InlineData("0.5", "must be a fraction like 1/2")]
    public void TryParse_Invalid_ReturnsReason(string text, string expected)
    {
        Assert.False(Share.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Valid_RoundTrips()
    {
        Assert.Equal(Share.Of(3, 10), Share.Parse("3/10"));
    }
}
