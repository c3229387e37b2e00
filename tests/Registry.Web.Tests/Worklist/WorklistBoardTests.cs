using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.CaseFile;
using Registry.Application.Deadlines;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Web.Components.Worklist;
using Registry.Web.Formatting;
using Registry.Web.Tests.Fakes;
using Registry.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Web.Tests.Worklist;

public sealed class WorklistBoardTests : RegistryComponentTest
{
    private readonly FakeWorklist _worklist = new();
    private readonly InProcessWorklistEvents _events = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly FakeCaseFiles _staff = new();

    public WorklistBoardTests()
    {
        Services.AddSingleton<IWorklist>(_worklist);
        Services.AddSingleton<IWorklistEvents>(_events);
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton<IStaffNames>(_staff);
        // The export button's background jobs (none is started here; ExportProgressTests tests them).
        Services.AddSingleton(sp => new Registry.Web.Exports.ExportJobs(sp.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Registry.Web.Exports.ExportJobs>.Instance, Path.Combine(Path.GetTempPath(), "registry-export-board-tests")));
        var auth = AddAuthorization();
        auth.SetAuthorized("reviewer1");
        auth.SetRoles(RegistryRoles.FirstReview);
    }

    private static WorklistItem Item(string caseNumber, DeadlineStage? stage, int? left, string? assignee = null, DateTimeOffset? waitingSince = null) =>
        new(Guid.NewGuid(), "b1", caseNumber, "HouseTransferResale", "存量房买卖转移登记", "初审", RegistryRoles.FirstReview, assignee,
            waitingSince ?? new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)), ["340121001001GB00001F00010001", "340121001001GB00001F00010002"], ["叶梓涵", "王伟"], stage, left, null);

    [Fact]
    public void GroupView_AsksForTheUsersRoles_AndColoursTheDeadlines()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4), Item("34012120261123000002", DeadlineStage.Amber, 1), Item("34012120261123000003", DeadlineStage.Escalated, 0)];

        var board = Render<WorklistBoard>();

        var query = Assert.Single(_worklist.Queries);
        Assert.Equal(WorklistView.Group, query.Query.View);
        Assert.Equal([RegistryRoles.FirstReview], query.Roles);
        var badges = board.FindAll(".deadline-badge");
        Assert.Equal(["deadline-badge deadline-green", "deadline-badge deadline-amber", "deadline-badge deadline-red"], badges.Select(b => b.ClassName));
        Assert.Equal(["剩 4 个工作日", "剩 1 个工作日", "已超期"], badges.Select(b => b.TextContent));
        Assert.Equal("共 3 件", board.Find(".worklist-total").TextContent);
    }

    [Fact]
    public void AProvisionalDeadline_IsMarked暂定_WithATooltipSayingTheOfficialCalendarIsNotLoaded()
    {
        _worklist.Items =
        [
            Item("34012120261228000001", DeadlineStage.Green, 4) with { DeadlineIsProvisional = true },
            Item("34012120261228000002", DeadlineStage.Green, 3),
        ];

        var board = Render<WorklistBoard>();

        var marker = Assert.Single(board.FindAll(".deadline-provisional"));
        Assert.Equal("暂定", marker.TextContent);
        Assert.Contains("尚未载入", marker.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("34012120261228000001", marker.Closest("tr")!.GetAttribute("data-case"), StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimNext_ClaimsForTheSignedInUser_AndOpensTheCase()
    {
        _worklist.Next = new ClaimableTask(Guid.NewGuid(), "b1", "34012120261123000007");
        var board = Render<WorklistBoard>();

        board.Find("#worklist-claim-next").Click();

        Assert.Equal(["reviewer1"], _worklist.ClaimNextUsers);
        Assert.EndsWith("/cases/34012120261123000007", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimNext_WithAnEmptyQueue_SaysSo_AndStaysOnTheList()
    {
        var board = Render<WorklistBoard>();

        board.Find("#worklist-claim-next").Click();

        Assert.Equal("组内没有可领取的业务。", board.Find("#worklist-notice").TextContent);
        Assert.Equal(2, _worklist.Queries.Count);
    }

    [Fact]
    public void ClaimNext_IsOfferedOnTheGroupQueueOnly()
    {
        var board = Render<WorklistBoard>();
        Assert.Single(board.FindAll("#worklist-claim-next"));

        board.Find("#worklist-view-mine").Click();

        Assert.Empty(board.FindAll("#worklist-claim-next"));
    }

    [Fact]
    public void Claiming_ClaimsForTheSignedInUser_AndReloads()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        var claim = Assert.Single(_worklist.Claims);
        Assert.Equal("reviewer1", claim.User);
        Assert.Equal(2, _worklist.Queries.Count);
        Assert.Contains("34012120261123000001", board.Find("#worklist-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimLostToSomeoneElse_IsShownPlainly()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        _worklist.ClaimFailure = new WorkflowException("task 初审 is claimed by 张伟 since 10:00");
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        Assert.Equal("task 初审 is claimed by 张伟 since 10:00", board.Find("#worklist-message").TextContent.Trim());
    }

    [Theory]
    [InlineData("zh-CN", "不能领取业务 34012120261123000001 的“初审”：该环节由“初审”角色办理，您没有此角色")]
    [InlineData("en-US", "You cannot claim “初审” of case 34012120261123000001: that step is for the “First review” role, which you do not hold")]
    public void AClaimRefusedForTheRole_SaysWhichTaskAndWhichRole_InTheUiLanguage(string culture, string expected)
    {
        UseCulture(culture);
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        _worklist.ClaimFailure = new ClaimNotAllowedException("34012120261123000001", "初审", RegistryRoles.FirstReview);
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        Assert.StartsWith(expected, board.Find("#worklist-message").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(_worklist.Claims);
    }

    [Fact]
    public void Claiming_PassesTheUsersRolesToTheService()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        Assert.Equal([RegistryRoles.FirstReview], Assert.Single(_worklist.ClaimRoles));
    }

    [Fact]
    public void TheSearchBox_StopsAtTheSearchLimit()
    {
        var board = Render<WorklistBoard>();

        Assert.Equal("100", board.Find("#worklist-search").GetAttribute("maxlength"));
    }

    [Fact]
    public void MyView_ShowsReleaseInsteadOfClaim()
    {
        _worklist.Items = [Item("34012120261123000001", null, null, "reviewer1")];
        var board = Render<WorklistBoard>();

        board.Find("#worklist-view-mine").Click();

        Assert.Equal(WorklistView.Mine, _worklist.Queries[^1].Query.View);
        Assert.Single(board.FindAll(".release-button"));
        Assert.Empty(board.FindAll(".claim-button"));
        Assert.Equal("—", board.Find(".deadline-badge").TextContent);
    }

    [Fact]
    public void Tabs_AskForTheirView_AndStartAgainAtPageOne()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        _worklist.HasMore = true;
        var board = Render<WorklistBoard>();
        board.Find("#worklist-next").Click();
        Assert.Equal(1, _worklist.Queries[^1].Query.Page);

        board.Find("#worklist-view-done").Click();
        Assert.Equal((WorklistView.Done, 0), (_worklist.Queries[^1].Query.View, _worklist.Queries[^1].Query.Page));
        board.Find("#worklist-view-overdue").Click();
        Assert.Equal(WorklistView.Overdue, _worklist.Queries[^1].Query.View);
        Assert.Equal("true", board.Find("#worklist-view-overdue").GetAttribute("aria-selected"));
    }

    [Fact]
    public void DoneTab_ShowsTheOutcome_WithoutClaimOrDeadline()
    {
        _worklist.Items = [Item("34012120261123000001", null, null, "reviewer1") with { TaskId = string.Empty, Outcome = "return" }];
        var board = Render<WorklistBoard>();

        board.Find("#worklist-view-done").Click();

        Assert.Equal("退回", board.Find(".outcome").TextContent);
        Assert.Empty(board.FindAll(".claim-button"));
        Assert.Empty(board.FindAll(".release-button"));
        Assert.Empty(board.FindAll(".deadline-badge"));
    }

    [Fact]
    public void Search_IsSentOnEnter_FromTheFirstPage()
    {
        var board = Render<WorklistBoard>();

        board.Find("#worklist-search").Input("王小明");
        board.Find("#worklist-search").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        var query = _worklist.Queries[^1].Query;
        Assert.Equal(("王小明", 0), (query.Search, query.Page));
    }

    [Fact]
    public void ACountThatStopped_IsShownAsMoreThan_AndNextStaysOpen()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        _worklist.Total = 1000;
        _worklist.Capped = true;
        _worklist.HasMore = true;

        var board = Render<WorklistBoard>();

        Assert.Equal("超过 1000 件（只计前 1000 件，可继续翻页）", board.Find(".worklist-total").TextContent);
        Assert.False(board.Find("#worklist-next").HasAttribute("disabled"));
    }

    [Fact]
    public void AChangeElsewhere_ReloadsTheList_AndSaysWhichCase()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        var board = Render<WorklistBoard>();
        Assert.Single(_worklist.Queries);

        _worklist.Items = [];
        _events.Raise(new WorklistChange(WorklistChangeKind.Claimed, Guid.NewGuid(), "34012120261123000001", "reviewer9"));

        _time.Advance(WorklistBoard.RefreshDelay);

        board.WaitForAssertion(() => Assert.Empty(board.FindAll("tr.worklist-row")));
        Assert.Equal(2, _worklist.Queries.Count);
        Assert.Contains("34012120261123000001", board.Find("#worklist-notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ABurstOfChanges_ReloadsOnce_AfterTheDelay_AndNamesWhoByDisplayName()
    {
        var board = Render<WorklistBoard>();
        _worklist.Items = [];

        for (var i = 0; i < 5; i++)
        {
            _events.Raise(new WorklistChange(WorklistChangeKind.Claimed, Guid.NewGuid(), "34012120261123000001", "reviewer2"));
        }

        _time.Advance(WorklistBoard.RefreshDelay - TimeSpan.FromMilliseconds(1));
        Assert.Single(_worklist.Queries);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        board.WaitForAssertion(() => Assert.Equal(2, _worklist.Queries.Count));
        board.WaitForAssertion(() => Assert.Equal("待办已更新：34012120261123000001 刚被 张伟 处理。", board.Find("#worklist-notice").TextContent.Trim()));
        Assert.Single(_staff.NameQueries);

        // The next change after the reload schedules a reload of its own.
        _events.Raise(new WorklistChange(WorklistChangeKind.Completed, Guid.NewGuid(), "34012120261123000002", "reviewer2"));
        _time.Advance(WorklistBoard.RefreshDelay);
        board.WaitForAssertion(() => Assert.Equal(3, _worklist.Queries.Count));
    }

    [Fact]
    public void AClaimTakenBySomeoneElse_NamesThemByDisplayName_InChinese()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        var bookmark = new Bookmark("b1", "firstReview", "初审", BookmarkKind.HumanTask, _time.GetUtcNow().AddHours(-1), Role: RegistryRoles.FirstReview,
            Assignee: "reviewer2", ClaimedAt: new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        _worklist.ClaimFailure = new TaskClaimedException(bookmark, "reviewer1", TimeSpan.FromHours(8));
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        board.WaitForAssertion(() => Assert.Equal("“初审”已由 张伟 于 2026-11-23 10:00 领取，请选择其他业务。", board.Find("#worklist-message").TextContent.Trim()));
    }

    [Fact]
    public void UnderEnglish_TheBoardIsInEnglish()
    {
        UseCulture("en-US");
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4), Item("34012120261123000003", DeadlineStage.Escalated, 0)];

        var board = Render<WorklistBoard>();

        Assert.Equal(["4 working days left", "Overdue"], board.FindAll(".deadline-badge").Select(b => b.TextContent));
        Assert.Equal("2 in all", board.Find(".worklist-total").TextContent);
        Assert.Equal("Claim", board.Find(".claim-button").TextContent.Trim());
        Assert.DoesNotContain("待办", board.Markup, StringComparison.Ordinal);
    }

    // The application hands the names as a list; the board joins them in the page's language.
    [Theory]
    [InlineData("en-US", "叶梓涵, 王伟")]
    [InlineData("zh-CN", "叶梓涵、王伟")]
    public void TheParties_AreJoinedInThePagesLanguage(string culture, string expected)
    {
        UseCulture(culture);
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];

        var board = Render<WorklistBoard>();

        Assert.Equal(expected, board.Find("tr.worklist-row td.parties").TextContent.Trim());
        var separator = culture == "en-US" ? ", " : "、";
        Assert.Equal($"340121001001GB00001F00010001{separator}340121001001GB00001F00010002", board.Find("tr.worklist-row td.units").TextContent.Trim());
    }

    // The column widths themselves are checked in the browser (1366 and 1280 px, zh-CN and en); here the hooks the
    // stylesheet keeps whole: the action column on every tab, and the time broken between its date and its hour only.
    // The instant is given in UTC on the day before its China date, so the cell must show the office's day and hour
    // (Display.DateAndHour), each part whole and without a space, and read as Display.Time does.
    [Theory]
    [InlineData("#worklist-view-group", ".claim-button")]
    [InlineData("#worklist-view-mine", ".release-button")]
    [InlineData("#worklist-view-overdue", ".claim-button")]
    [InlineData("#worklist-view-done", ".outcome")]
    public void EveryTab_KeepsItsActionColumn_AndTheTimesDateWhole(string tab, string action)
    {
        UseCulture("en-US");
        var since = new DateTimeOffset(2026, 11, 22, 17, 5, 0, TimeSpan.Zero);
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4, tab == "#worklist-view-mine" ? "reviewer1" : null, since)];
        var board = Render<WorklistBoard>();

        board.Find(tab).Click();

        Assert.Contains("worklist-action", board.Find(".worklist-table thead th:last-child").ClassList);
        var row = board.Find("tr.worklist-row");
        var last = row.QuerySelector("td:last-child")!;
        Assert.Contains("worklist-action", last.ClassList);
        Assert.NotNull(last.QuerySelector(action));
        var cell = row.QuerySelector("td.worklist-since")!;
        var parts = cell.QuerySelectorAll(".worklist-nobreak").Select(s => s.TextContent).ToList();
        Assert.Equal(["2026-11-23", "01:05"], parts);
        Assert.All(parts, p => Assert.DoesNotContain(p, char.IsWhiteSpace));
        Assert.Equal(Display.Time(since), cell.TextContent.Trim());
        Assert.DoesNotContain(cell.ChildNodes.OfType<AngleSharp.Dom.IText>(), t => !string.IsNullOrWhiteSpace(t.Data));
    }

    [Fact]
    public void ClosingTheBoard_StopsListening()
    {
        var board = Render<WorklistBoard>();

        board.Instance.Dispose();
        _events.Raise(new WorklistChange(WorklistChangeKind.Completed, Guid.NewGuid(), "34012120261123000001", "reviewer9"));

        Assert.Single(_worklist.Queries);
    }

    private sealed class FakeWorklist : IWorklist
    {
        public IReadOnlyList<WorklistItem> Items { get; set; } = [];

        public Exception? ClaimFailure { get; set; }

        public int? Total { get; set; }

        public bool Capped { get; set; }

        public bool HasMore { get; set; }

        public List<(WorklistQuery Query, string User, IReadOnlyCollection<string> Roles)> Queries { get; } = [];

        public List<(string TaskId, string User)> Claims { get; } = [];

        public List<IReadOnlyCollection<string>> ClaimRoles { get; } = [];

        public Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            Queries.Add((query, user, roles));
            return Task.FromResult(new WorklistPage(Items, Total ?? Items.Count, Capped, HasMore));
        }

        public IReadOnlyList<WorklistTypeOption> BusinessTypes() => [new("HouseTransferResale", "存量房买卖转移登记"), new("HouseFirst", "房屋首次登记")];

        public Task ClaimAsync(Guid instanceId, string taskId, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            if (ClaimFailure is not null)
            {
                throw ClaimFailure;
            }

            Claims.Add((taskId, user));
            ClaimRoles.Add(roles);
            return Task.CompletedTask;
        }

        public ClaimableTask? Next { get; set; }

        public List<string> ClaimNextUsers { get; } = [];

        public Task<ClaimableTask?> ClaimNextAsync(string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            ClaimNextUsers.Add(user);
            return Task.FromResult(Next);
        }

        public Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
