using System.Globalization;
using Registry.Web.Formatting;

namespace Registry.Web.Tests.Formatting;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Amount_IsYuanWithTwoDecimals_InEveryCulture(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        Assert.Equal("¥1,200,000.00", Display.Amount(1_200_000m));
        Assert.Equal("¥0.50", Display.Amount(0.5m));
    }

    [Fact]
    public void Time_IsShownInChinaStandardTime()
    {
        var utc = new DateTimeOffset(2024, 4, 30, 16, 30, 0, TimeSpan.Zero);

        Assert.Equal("2024-05-01 00:30", Display.Time(utc));
        Assert.Equal("2024-05-01", Display.Date(utc));
    }

    [Fact]
    public void EndOfChinaDay_IsTheLastTickOfThatDayAtUtcPlus8()
    {
        var end = Display.EndOfChinaDay(new DateOnly(2024, 5, 1));

        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.FromHours(8)).AddTicks(-1), end);
    }
}
