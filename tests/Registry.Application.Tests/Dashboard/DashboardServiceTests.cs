using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Dashboard;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Application.Tests.Transactions;
using Registry.Domain.Cases;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Dashboard;

/// <summary>
/// The indicators counted from cases the product itself accepted and decided (acceptance service, decision service, the
/// workflow engine), on a real database, against figures counted by hand from the story below. June 2026 has no holiday
/// before the 19th: 1 June is a Monday.
/// </summary>
public sealed class DashboardServiceTests() : CaseCommandRegistry("dashboard")
{
    private static readonly DashboardViewer Leader = new("leader", [RegistryRoles.Leader]);
    private static readonly DashboardFilter June = new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

    /// <summary>
    /// Four resales accepted on Monday 1 June: A completed on Wednesday 3 June (2 working days); B returned by the approver to
    /// first review for missing materials on 3 June and completed on Tuesday 9 June (6 working days, past its 5-day limit);
    /// C refused at first review under art. 22(2); D left open, and the dashboard is read on 1 July (D overdue).
    /// </summary>
    private async Task<(string A, string B, string C, string D)> TellTheStoryAsync()
    {
        var a = await AcceptTransferAsync(await AddUnitAsync());
        var b = await AcceptTransferAsync(await AddUnitAsync());
        var c = await AcceptTransferAsync(await AddUnitAsync());
        var d = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(a, "approval");
        await DriveToAsync(b, "approval");
        await DriveToAsync(c, "firstReview");
        await DecideAsync(c, "firstReview", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "存在权属争议。", ReasonCode = "ART22-2" });

        Clock.Advance(TimeSpan.FromDays(2));
        await FinishAsync(a);
        await DecideAsync(b, "approval", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正。", ReturnTo = "firstReview", ReasonCode = "MATERIALS-INCOMPLETE" });

        Clock.Advance(TimeSpan.FromDays(6));
        await FinishAsync(b);
        Clock.Advance(TimeSpan.FromDays(22));
        return (a, b, c, d);
    }

    [Fact]
    public async Task Report_OfAMonth_CountsWhatTheCasesDid()
    {
        var (a, b, c, d) = await TellTheStoryAsync();
        await using var scope = Services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();

        var report = await dashboard.ReportAsync(Leader, June);

        Assert.Equal(4, report.Accepted);
        Assert.Equal(2, report.Finished);
        Assert.Equal(4.0, report.AverageWorkingDays);
        Assert.Equal(6, report.P90WorkingDays);
        Assert.Equal((2, 1), (report.FinishedWithClock, report.OnTime));
        Assert.Equal(0.5, report.OnTimeRate);
        Assert.Equal(1, report.OverdueNow);
        Assert.Equal(0, report.AutoApproved);
        Assert.Equal([new DashboardCount("MATERIALS-INCOMPLETE", 1)], report.ReturnsByReason);
        Assert.Equal([new DashboardCount("ART22-2", 1)], report.RefusalsByReason);
        Assert.Equal(0, report.EnterpriseTransfers);
        Assert.Equal(0, report.Mortgages);
        Assert.Null(report.BankOutletMortgageShare);
        var resale = Assert.Single(report.ByBusinessType);
        Assert.Equal(("HouseTransferResale", 4, 2, 4.0), (resale.BusinessType, resale.Accepted, resale.Finished, resale.AverageWorkingDays));
        var juneRow = Assert.Single(report.ByMonth);
        Assert.Equal(new DashboardMonth("2026-06", 4, 2), juneRow);

        // Drill-down: the cases behind each figure.
        Assert.Equal(Sorted(a, b, c, d), Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.Accepted)));
        var finished = await dashboard.CasesAsync(Leader, June, DashboardMetric.Finished);
        Assert.Equal(new Dictionary<string, int?> { [a] = 2, [b] = 6 }, finished.ToDictionary(f => f.CaseNumber, f => f.WorkingDays));
        Assert.Equal([a], Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.OnTime)));
        Assert.Equal([b], Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.FinishedLate)));
        Assert.Equal([d], Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.OverdueNow)));
        Assert.Equal([b], Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.Returned, "MATERIALS-INCOMPLETE")));
        Assert.Empty(await dashboard.CasesAsync(Leader, June, DashboardMetric.Returned, "SURVEY"));
        Assert.Equal([c], Numbers(await dashboard.CasesAsync(Leader, June, DashboardMetric.Refused)));
    }

    [Fact]
    public async Task Report_OfAnotherPeriodOrType_LeavesTheCasesOut()
    {
        await TellTheStoryAsync();
        await using var scope = Services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();

        var may = await dashboard.ReportAsync(Leader, new DashboardFilter(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)));
        var mortgages = await dashboard.ReportAsync(Leader, June with { BusinessType = "MortgageFirst" });
        var firstWeek = await dashboard.ReportAsync(Leader, new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 5)));

        Assert.Equal((0, 0, 0), (may.Accepted, may.Finished, may.ReturnsByReason.Count));
        Assert.Equal((0, 0), (mortgages.Accepted, mortgages.Finished));
        Assert.Equal((4, 1, 2.0), (firstWeek.Accepted, firstWeek.Finished, firstWeek.AverageWorkingDays));
    }

    [Fact]
    public async Task Report_OfAnEmptyPeriod_HasNoRatesAndEmptyMonths()
    {
        await TellTheStoryAsync();
        await using var scope = Services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();

        var spring = await dashboard.ReportAsync(Leader, new DashboardFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));

        Assert.Equal((0, 0, 0, 0), (spring.Accepted, spring.Finished, spring.FinishedWithClock, spring.AutoApproved));
        Assert.Equal((null, null, null, null), (spring.AverageWorkingDays, spring.P90WorkingDays, spring.OnTimeRate, spring.AutoApprovalShare));
        Assert.Null(spring.EnterpriseTransferAverageWorkingDays);
        Assert.Empty(spring.ByBusinessType);
        Assert.Equal([new DashboardMonth("2026-03", 0, 0), new DashboardMonth("2026-04", 0, 0), new DashboardMonth("2026-05", 0, 0)], spring.ByMonth);
        Assert.Equal(1, spring.OverdueNow); // counted now, whatever the period
    }

    [Fact]
    public async Task Report_OfATypeWithNothingFinished_ShowsItsAcceptancesWithoutAverages()
    {
        await TellTheStoryAsync();
        await using var scope = Services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();

        // 1–2 June: all four accepted, none completed yet (A completed on the 3rd).
        var firstTwoDays = await dashboard.ReportAsync(Leader, new DashboardFilter(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2)));
        // 3–30 June: A and B completed, nothing accepted.
        var rest = await dashboard.ReportAsync(Leader, new DashboardFilter(new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 30)));

        Assert.Equal((4, 0, null, null), (firstTwoDays.Accepted, firstTwoDays.Finished, firstTwoDays.AverageWorkingDays, firstTwoDays.P90WorkingDays));
        Assert.Equal(new DashboardTypeRow("HouseTransferResale", 4, 0, null, 0, 0), Assert.Single(firstTwoDays.ByBusinessType));
        Assert.Null(firstTwoDays.ByBusinessType[0].OnTimeRate);
        Assert.Equal((0, 2, 4.0, 6), (rest.Accepted, rest.Finished, rest.AverageWorkingDays, rest.P90WorkingDays));
        Assert.Equal(new DashboardTypeRow("HouseTransferResale", 0, 2, 4.0, 1, 2), Assert.Single(rest.ByBusinessType));
    }

    [Fact]
    public async Task Report_ForAnInspectorOrAReversedPeriod_IsRefused()
    {
        await using var scope = Services.CreateAsyncScope();
        var dashboard = scope.ServiceProvider.GetRequiredService<DashboardService>();

        await Assert.ThrowsAsync<DashboardNotAllowedException>(() => dashboard.ReportAsync(new DashboardViewer("inspector", [RegistryRoles.QualityInspector]), June));
        await Assert.ThrowsAsync<ArgumentException>(() => dashboard.ReportAsync(Leader, new DashboardFilter(June.To, June.From)));
        var admin = await dashboard.ReportAsync(new DashboardViewer("admin", [RegistryRoles.BusinessAdmin]), June);
        Assert.Equal(0, admin.Accepted);
    }

    private async Task DecideAsync(string caseNumber, string node, DecisionRequest decision)
    {
        var instance = await InstanceAsync(caseNumber);
        var task = instance.OpenBookmarks.Single(t => t.NodeId == node && t.Kind == BookmarkKind.HumanTask);
        var user = DemoUsers.All.First(u => u.Roles.Contains(task.Role!));
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideTaskAsync(caseNumber, user.UserName, user.Roles, decision, task.NodeId, task.Id);
    }

    /// <summary>Approves every open task (and confirms tax) until the case is completed.</summary>
    private async Task FinishAsync(string caseNumber)
    {
        for (var guard = 0; guard < 20 && (await CaseAsync(caseNumber)).Status != CaseStatus.Completed; guard++)
        {
            var instance = await InstanceAsync(caseNumber);
            await using var scope = Services.CreateAsyncScope();
            if (instance.OpenBookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Signal) is { } signal)
            {
                await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(caseNumber, signal.SignalName!, "acceptor", [RegistryRoles.Acceptor]);
                continue;
            }

            var task = instance.OpenBookmarks.First(b => b.Kind == BookmarkKind.HumanTask);
            var user = DemoUsers.All.First(u => u.Roles.Contains(task.Role!));
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideTaskAsync(caseNumber, user.UserName, user.Roles,
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, task.NodeId, task.Id);
        }

        Assert.Equal(CaseStatus.Completed, (await CaseAsync(caseNumber)).Status);
    }

    private static List<string> Numbers(IEnumerable<DashboardCaseLink> links) => [.. links.Select(l => l.CaseNumber)];

    private static List<string> Sorted(params string[] numbers) => [.. numbers.Order(StringComparer.Ordinal)];
}
