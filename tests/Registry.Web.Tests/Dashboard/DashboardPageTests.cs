using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Web.Components.Dashboard;
using Registry.Web.Tests.Intake;

namespace Registry.Web.Tests.Dashboard;

/// <summary>The dashboard page over the real <see cref="DashboardService"/> with fixed rows behind it.</summary>
public sealed class DashboardPageTests : RegistryComponentTest
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 20, 10, 0, 0, China));

    public DashboardPageTests()
    {
        Services.AddSingleton<IBusinessTypeCatalogue>(new IntakeTestCatalogue());
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton(new DashboardService(new Rows(), new Inspected(), new IntakeTestCatalogue(), new WeekdayCounter(), _time));
        Services.AddSingleton(new Registry.Application.Ratings.SatisfactionIndicators(new FixedRatings(), _time));
    }

    private IRenderedComponent<DashboardPage> RenderAs(string role, string query = "from=2026-06-01&to=2026-06-30")
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(role);
        auth.SetRoles(role);
        Services.GetRequiredService<NavigationManager>().NavigateTo("dashboard?" + query);
        return Render<DashboardPage>();
    }

    [Fact]
    public void Figures_AreCountedAndLinkToTheirCases()
    {
        var page = RenderAs(RegistryRoles.Leader);

        var accepted = page.WaitForElement("#fig-accepted a");
        Assert.Equal("3", accepted.TextContent.Trim());
        Assert.Equal("dashboard/cases?from=2026-06-01&to=2026-06-30&metric=Accepted", accepted.GetAttribute("href"));
        Assert.Contains("2.0 个工作日", page.Find("#fig-days").TextContent, StringComparison.Ordinal);
        Assert.Contains("50.0%", page.Find("#fig-bank").TextContent, StringComparison.Ordinal);
        Assert.Contains("metric=Mortgage&key=BankBranch", page.Find("#fig-bank a").GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("低于 95% 目标", page.Find("#fig-passrate").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ZhCnPage_ShowsReasonsChannelsAndTypesInChinese_NoRawCodes()
    {
        var page = RenderAs(RegistryRoles.BusinessAdmin);
        page.WaitForElement("#dash-figures");

        Assert.Contains("申请材料不齐全，需补正", page.Find("#table-returns").TextContent, StringComparison.Ordinal);
        Assert.Contains("银行网点", page.Find("#table-channel").TextContent, StringComparison.Ordinal);
        Assert.Contains("存量房买卖转移登记", page.Find("#table-types").TextContent, StringComparison.Ordinal);
        foreach (var raw in new[] { "MATERIALS-INCOMPLETE", "BankBranch", "Counter", "HouseTransferResale", "Metric_", "Channel_" })
        {
            Assert.DoesNotContain(raw, page.Markup.Replace("key=BankBranch", string.Empty, StringComparison.Ordinal)
                .Replace("key=Counter", string.Empty, StringComparison.Ordinal)
                .Replace("key=MATERIALS-INCOMPLETE", string.Empty, StringComparison.Ordinal)
                .Replace("type=HouseTransferResale", string.Empty, StringComparison.Ordinal)
                .Replace("value=\"HouseTransferResale\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EnglishPage_SpeaksEnglish()
    {
        UseCulture("en");
        var page = RenderAs(RegistryRoles.Leader);

        Assert.Contains("Accepted", page.WaitForElement("#fig-accepted").TextContent, StringComparison.Ordinal);
        Assert.Contains("Materials incomplete", page.Find("#table-returns").TextContent, StringComparison.Ordinal);
        Assert.Contains("Bank outlet", page.Find("#table-channel").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThisMonth_NavigatesToTheMonthSoFar()
    {
        var page = RenderAs(RegistryRoles.Leader);

        page.WaitForElement("#dash-month").Click();

        Assert.EndsWith("dashboard?from=2026-06-01&to=2026-06-20", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeInTheAddress_NarrowsTheFigures()
    {
        var page = RenderAs(RegistryRoles.Leader, "from=2026-06-01&to=2026-06-30&type=MortgageFirst");

        Assert.Equal("2", page.WaitForElement("#fig-accepted a").TextContent.Trim());
        Assert.Contains("type=MortgageFirst", page.Find("#fig-accepted a").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void AReversedPeriod_IsExplained()
    {
        var page = RenderAs(RegistryRoles.Leader, "from=2026-06-30&to=2026-06-01");

        Assert.Contains("截止日期早于起始日期", page.WaitForElement("#dash-error").TextContent, StringComparison.Ordinal);
    }

    private static DateTimeOffset June(int day, int hour = 9) => new(2026, 6, day, hour, 0, 0, China);

    /// <summary>Three cases accepted in June (one resale, two mortgages: one at a bank outlet), one resale finished in 2 working days.</summary>
    private sealed class Rows : IDashboardQueries
    {
        private static readonly DashboardAcceptedCase[] Accepted =
        [
            new("A", "HouseTransferResale", "Counter", June(1)),
            new("M1", "MortgageFirst", "BankBranch", June(2)),
            new("M2", "MortgageFirst", "Counter", June(3)),
        ];

        public Task<IReadOnlyList<DashboardAcceptedCase>> ListAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardAcceptedCase>>([.. Accepted.Where(a => a.AcceptedAt >= from && a.AcceptedAt < toExclusive && (businessType is null || a.BusinessType == businessType))]);

        public Task<IReadOnlyList<DashboardFinishedCase>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardFinishedCase>>(businessType is null or "HouseTransferResale"
                ? [new DashboardFinishedCase("A", "HouseTransferResale", "Counter", June(1), June(3), June(8), false, false)]
                : []);

        public async Task<IReadOnlyList<DashboardAcceptedBucket>> CountAcceptedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            [.. (await ListAcceptedAsync(from, toExclusive, businessType, cancellationToken))
                .GroupBy(a => (a.BusinessType, a.Channel, Day(a.AcceptedAt)))
                .Select(g => new DashboardAcceptedBucket(g.Key.BusinessType, g.Key.Channel, g.Key.Item3, g.Count()))];

        public async Task<IReadOnlyList<DashboardFinishedBucket>> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            [.. (await ListFinishedAsync(from, toExclusive, businessType, cancellationToken))
                .Select(f => new DashboardFinishedBucket(f.BusinessType, Day(f.AcceptedAt), Day(f.CompletedAt), 1, f.DueAt is null ? 0 : 1,
                    f.CompletedAt <= f.DueAt ? 1 : 0, f.AutoApproved ? 1 : 0, f.HasEnterpriseParty ? 1 : 0))];

        public Task<int> CountOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default) => Task.FromResult(0);

        private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

        public Task<IReadOnlyList<DashboardOverdueCase>> ListOverdueAsync(DateTimeOffset now, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardOverdueCase>>([]);

        public Task<IReadOnlyList<DashboardDecision>> ListReturnsAndRefusalsAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardDecision>>([new DashboardDecision("A", "HouseTransferResale", false, "MATERIALS-INCOMPLETE", June(2))]);

        public Task<IReadOnlyList<DashboardRecordedCase>> ListRecordedAsync(DateTimeOffset from, DateTimeOffset toExclusive, IReadOnlyCollection<string> businessTypes, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardRecordedCase>>([]);

        public Task<IReadOnlyList<DashboardSelfCheckedCase>> ListSelfCheckedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<DashboardSelfCheckedCase>>([]);
    }

    /// <summary>Two inspected cases, one failed: 50%, below the target.</summary>
    private sealed class Inspected : IInspectionStore
    {
        public Task<IReadOnlyList<InspectedCase>> ListInspectedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<InspectedCase>>(
            [
                new(Guid.NewGuid(), "A", "HouseTransferResale", June(3), "reviewer1", InspectionVerdictKind.Pass),
                new(Guid.NewGuid(), "B", "HouseTransferResale", June(3), "reviewer1", InspectionVerdictKind.Fail),
            ]);

        public Task<IReadOnlyList<FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, string? businessType, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlySet<string>> ListSampledCaseNumbersAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task AddSampleAsync(InspectionSample sample, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<InspectionSampleSummary>> ListSamplesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<InspectionSample?> FindSampleAsync(Guid sampleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<InspectionVerdict>> ListVerdictsAsync(Guid sampleId, string? caseNumber = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task AppendVerdictAsync(InspectionVerdict verdict, Rectification? rectification, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<Rectification?> FindRectificationAsync(Guid rectificationId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Rectification>> ListRectificationsAsync(string? assignee, Guid? sampleId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task AppendRectificationEventAsync(Guid rectificationId, RectificationEvent rectificationEvent, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
