using Registry.Domain.Codes;

namespace Registry.Domain.Tests;

public sealed class CaseNumberTests
{
    [Fact]
    public void Create_WithStep_FormatsAndParsesBack()
    {
        var number = CaseNumber.Create("360102", new DateOnly(2025, 9, 18), 123, 2);

        Assert.Equal("36010220250918000123-02", number.Value);
        Assert.Equal(new DateOnly(2025, 9, 18), number.Date);
        Assert.Equal(123, number.Sequence);
        Assert.Equal(2, number.Step);
        Assert.Equal(number, CaseNumber.Parse(number.Value));
    }

    [Fact]
    public void CompareTo_LaterAcceptance_SortsAfter()
    {
        var first = CaseNumber.Parse("36010220250918000123");
        var second = CaseNumber.Parse("36010220250918000124");
        var nextDay = CaseNumber.Parse("36010220250919000001");

        Assert.True(first < second);
        Assert.True(second < nextDay);
    }

    [Theory]
    [InlineData("3601022025091800012", "must have 20 characters")]
    [InlineData("36010220250230000123", "'20250230' is not a real date")]
    [InlineData("36010220250918000000", "must start at 000001")]
    [InlineData("36010220250918000123-00", "must be -01 to -99")]
    [InlineData("3601022025091800012A", "position 20: 'A' is not a digit")]
    public void TryParse_Malformed_ReturnsReason(string text, string expected)
    {
        Assert.False(CaseNumber.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
