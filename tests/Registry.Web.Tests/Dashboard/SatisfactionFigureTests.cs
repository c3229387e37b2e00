using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Dashboard;
using Registry.Application.Ratings;
using Registry.Web.Components.Dashboard;

namespace Registry.Web.Tests.Dashboard;

/// <summary>The dashboard's 好差评 figure over the real <see cref="SatisfactionIndicators"/>: share, count, open and overdue follow-ups, the business-type filter.</summary>
public sealed class SatisfactionFigureTests : RegistryComponentTest
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 20, 10, 0, 0, China));

    public SatisfactionFigureTests()
    {
        DateTimeOffset On(int day) => new(2026, 6, day, 10, 0, 0, China);
        Services.AddSingleton(new SatisfactionIndicators(new FixedRatings(
            [
                (On(2), "MortgageFirst", SatisfactionLevel.VerySatisfied),
                (On(3), "MortgageFirst", SatisfactionLevel.FairlySatisfied),
                (On(4), "HouseTransferResale", SatisfactionLevel.Dissatisfied),
                (new DateTimeOffset(2026, 5, 31, 23, 0, 0, China), "MortgageFirst", SatisfactionLevel.VeryDissatisfied), // before the period
            ],
            [On(19), On(30)]), _time));
    }

    [Fact]
    public void ShowsTheShareOfSatisfiedRatings_WithOpenAndOverdueFollowUps()
    {
        UseCulture("zh-CN");
        var figure = Render<SatisfactionFigure>(p => p.Add(c => c.Filter, new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30))));

        Assert.Equal("满意率（好差评）", figure.Find(".dash-figure-label").TextContent.Trim());
        Assert.Equal("66.7%", figure.Find(".dash-figure-value").TextContent.Trim().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("3 条评价 · 差评整改未销号 2（超期 1）", figure.Find(".dash-figure-detail").TextContent.Trim());
        Assert.Equal("rating-follow-ups", figure.Find("a.dash-figure-value").GetAttribute("href"));
    }

    [Fact]
    public void FilteredByBusinessType_CountsThatTypeOnly_AndSpeaksEnglish()
    {
        UseCulture("en");
        var figure = Render<SatisfactionFigure>(p => p.Add(c => c.Filter, new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), "MortgageFirst")));

        Assert.Equal("Satisfaction (service ratings)", figure.Find(".dash-figure-label").TextContent.Trim());
        Assert.Equal("100.0%", figure.Find(".dash-figure-value").TextContent.Trim().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.StartsWith("2 ratings", figure.Find(".dash-figure-detail").TextContent.Trim(), StringComparison.Ordinal);
    }
}
