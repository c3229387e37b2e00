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

    [Theory]
    [InlineData("2024-04-30T16:30:00Z", "2024-05-01", "00:30")]
    [InlineData("2024-05-01T15:59:00Z", "2024-05-01", "23:59")]
    [InlineData("2026-11-23T10:00:00+08:00", "2026-11-23", "10:00")]
    [InlineData("2026-11-23T09:07:00-05:00", "2026-11-23", "22:07")]
    public void DateAndHour_AreTimesTwoParts_InChinaStandardTime(string instant, string date, string hour)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
        var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

        var parts = Display.DateAndHour(at);

        Assert.Equal((date, hour), parts);
        Assert.Equal(Display.Time(at), $"{parts.Date} {parts.Hour}");
    }

    [Theory]
    [InlineData("zh-CN", "初审、复审")]
    [InlineData("en", "First review, Second review")]
    [InlineData("en-US", "First review, Second review")]
    public void List_UsesTheUiLanguagesSeparator(string culture, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        string[] items = culture.StartsWith("zh", StringComparison.Ordinal) ? ["初审", "复审"] : ["First review", "Second review"];

        Assert.Equal(expected, Display.List(items));
    }

    [Fact]
    public void EndOfChinaDay_IsTheLastTickOfThatDayAtUtcPlus8()
    {
        var end = Display.EndOfChinaDay(new DateOnly(2024, 5, 1));

        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.FromHours(8)).AddTicks(-1), end);
    }
}
