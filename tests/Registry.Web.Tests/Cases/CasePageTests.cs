using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Catalogue;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Recording;
using Registry.Application.Security;
using Registry.Web.Components.Cases;
using Registry.Web.Tests.Fakes;
using Registry.Workflows.Definitions;

namespace Registry.Web.Tests.Cases;

public sealed class CasePageTests : RegistryComponentTest
{
    private readonly FakeCaseFiles _files = new();
    private readonly NoWorkflowLayouts _layouts = new();

    public CasePageTests()
    {
        Services.AddSingleton<ICaseFileQuery>(_files);
        Services.AddSingleton<ICaseSignals>(_files);
        Services.AddSingleton<IStaffNames>(_files);
        Services.AddSingleton<Registry.Designer.Canvas.IWorkflowLayoutStore>(_layouts);
        // Never called here: the page asks for a decision option only when an open task is for the person's role.
        Services.AddSingleton(new CaseDecisionService(null!, null!, null!, null!, null!, TimeProvider.System));
    }

    private IRenderedComponent<CasePage> RenderAs(string user, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user);
        auth.SetRoles(roles);
        return Render<CasePage>(p => p.Add(c => c.CaseNo, _files.File.Case.CaseNumber));
    }

    [Fact]
    public void AProvisionalDeadline_IsMarked暂定_WithATooltip_AndAnOfficialOneIsNot()
    {
        var deadline = new CaseFileDeadline("TL-30", Registry.Application.Deadlines.DeadlineStage.Green, new DateTimeOffset(2027, 2, 11, 17, 30, 0, TimeSpan.FromHours(8)),
            20, false, [], [], null, IsProvisional: true);
        _files.File = _files.File with { Deadline = deadline };

        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        Assert.Equal("暂定", page.Find("#deadline-provisional").TextContent.Trim());
        Assert.Contains("尚未载入", page.Find("#deadline-provisional").GetAttribute("title"), StringComparison.Ordinal);

        _files.File = _files.File with { Deadline = deadline with { IsProvisional = false } };
        Assert.Empty(Render<CasePage>(p => p.Add(c => c.CaseNo, _files.File.Case.CaseNumber)).FindAll("#deadline-provisional"));
    }

    [Fact]
    public void TheTaxWait_IsShownWithItsName_AndAnAcceptorMayConfirmIt()
    {
        var page = RenderAs("acceptor", RegistryRoles.Acceptor);

        var wait = page.Find(".signal-wait[data-signal='tax-paid']");
        Assert.Equal("完税", wait.QuerySelector(".signal-name")!.TextContent.Trim());
        Assert.Contains("2026-11-20 11:30", wait.QuerySelector(".signal-since")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("确认已收到：完税", page.Find("#signal-confirm-tax-paid").TextContent.Trim());
    }

    [Fact]
    public void AnExaminer_SeesTheWait_ButNoButton_AndWhoMayConfirm()
    {
        var page = RenderAs("reviewer2", RegistryRoles.SecondReview);

        Assert.Empty(page.FindAll("#signal-confirm-tax-paid"));
        Assert.Equal("由受理确认", page.Find(".signal-wait .signal-by").TextContent.Trim());
    }

    [Fact]
    public void Confirming_RaisesTheSignalAsTheSignedInPerson_AndThePageShowsItDone()
    {
        var page = RenderAs("acceptor", RegistryRoles.Acceptor);

        page.Find("#signal-confirm-tax-paid").Click();

        Assert.Equal([(_files.File.Case.CaseNumber, "tax-paid", "acceptor")], _files.Confirmed);
        page.WaitForAssertion(() => Assert.Equal("已确认“完税”，已记入办理记录。", page.Find("#signal-done").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll("#signal-none"));
        var signalled = page.Find(".journal-line[data-action='Signalled'] .journal-actor");
        Assert.Equal(("李明", "acceptor"), (signalled.TextContent, signalled.GetAttribute("data-user")));
        Assert.Contains("已完税", page.Find(".journal-line[data-action='Signalled']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ALostRace_NamesWhoConfirmedFirst_ByDisplayName()
    {
        _files.Refuse = new SignalRefusedException(SignalRefusal.AlreadyReceived, _files.File.Case.CaseNumber, "tax-paid", "already",
            receivedBy: "reviewer2", receivedAt: new DateTimeOffset(2026, 11, 23, 2, 42, 0, TimeSpan.Zero));
        var page = RenderAs("acceptor", RegistryRoles.Acceptor);

        page.Find("#signal-confirm-tax-paid").Click();

        page.WaitForAssertion(() => Assert.Equal("“完税”已由 张伟 于 2026-11-23 10:42 确认，无需重复确认。页面已刷新为最新状态。",
            page.Find("#signal-refused").TextContent.Trim()));
    }

    [Fact]
    public void AWrongRoleRefusal_NamesTheSignalAndRolesInChinese()
    {
        _files.Refuse = new SignalRefusedException(SignalRefusal.WrongRole, _files.File.Case.CaseNumber, "tax-paid", "wrong role", allowedRoles: [RegistryRoles.Acceptor]);
        var page = RenderAs("acceptor", RegistryRoles.Acceptor);

        page.Find("#signal-confirm-tax-paid").Click();

        page.WaitForAssertion(() => Assert.Equal("未确认：“完税”只能由受理确认，您的角色是受理。", page.Find("#signal-refused").TextContent.Trim()));
    }

    [Fact]
    public void TheJournal_ShowsDisplayNames_KeepsLogins_AndAsksForNamesOnce()
    {
        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        var actors = page.FindAll(".journal-line .journal-actor").Select(a => (a.TextContent, a.GetAttribute("data-user"))).ToList();

        Assert.Equal([("李明", "acceptor"), ("王芳", "reviewer1"), ("系统", "system")], actors);
        var query = Assert.Single(_files.NameQueries);
        Assert.Equal(["acceptor", "reviewer1", "system"], query.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnderEnglish_TheCasePageIsInEnglish_WithTheAmountAndWaitInEnglish()
    {
        UseCulture("en-US");
        var page = RenderAs("acceptor", RegistryRoles.Acceptor);

        Assert.Equal("Tax paid", page.Find(".signal-wait .signal-name").TextContent.Trim());
        Assert.Equal("Confirm received: Tax paid", page.Find("#signal-confirm-tax-paid").TextContent.Trim());
        Assert.Contains("Waiting for outside information", page.Find("#case-signals h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("Second-hand housing transfer", page.Markup, StringComparison.Ordinal);
        Assert.Contains("¥1,200,000.00", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("办理记录", page.Markup, StringComparison.Ordinal);
    }

    // The workflow's name is stored in Chinese (on the case's workflow and on the journal's start line); an English page
    // shows the definition's English name, as it does for the steps.
    [Fact]
    public void UnderEnglish_TheWorkflowsName_IsInEnglish_OnTheWorkflowAndTheJournalsStartLine()
    {
        UseCulture("en-US");
        Services.AddSingleton<IBusinessTypeCatalogue>(new WorkflowNames(new WorkflowDefinition("house-transfer-resale", 1,
            new LocalizedText("存量房转移登记", "Second-hand transfer"), DefinitionStatus.Published, "acceptance",
            [new NodeDefinition("acceptance", "humanTask", new LocalizedText("受理", "Acceptance"), ImmutableDictionary<string, System.Text.Json.JsonElement>.Empty)], [])));
        _files.File = _files.File with
        {
            Journal = [new CaseFileJournalLine(0, FakeCaseFiles.Accepted, "Started", "存量房转移登记", "acceptor", null, null, null, null), .. _files.File.Journal],
        };

        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        Assert.Equal("Second-hand transfer (version 1)", page.Find("#case-workflow .workflow-definition").TextContent.Trim());
        Assert.Equal(["Second-hand transfer", "Acceptance"], page.FindAll(".journal-line").Take(2).Select(l => l.Children[1].TextContent.Trim()));
        Assert.DoesNotContain("存量房转移登记", page.Find("#case-journal").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void InChinese_TheWorkflowsName_StaysAsStored()
    {
        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        Assert.Equal("存量房转移登记（第 1 版）", page.Find("#case-workflow .workflow-definition").TextContent.Trim());
    }

    // The journal's time is its date and its hour, each kept whole (in a narrow column "2026-11-20 09:30" broke at the
    // date's hyphen on English pages); the short columns are marked for the stylesheet to keep whole.
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void TheJournalsTime_IsADateAndAnHour_EachKeptWhole(string culture)
    {
        UseCulture(culture);
        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        var line = page.FindAll(".journal-line")[0];
        var at = line.QuerySelector("td.journal-at")!;
        Assert.Equal(["2026-11-20", "09:30"], at.QuerySelectorAll(".nobreak").Select(s => s.TextContent));
        Assert.Equal("2026-11-20 09:30", at.TextContent.Trim());
        Assert.NotNull(line.QuerySelector("td.journal-action"));
        Assert.NotNull(line.QuerySelector("td.journal-outcome"));
    }

    [Fact]
    public void TheWorkflow_IsDrawn_WithTheCurrentStepDoneStepsAndPathTaken_AndNoMermaidText()
    {
        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        var diagram = page.Find("#case-diagram #case-workflow-diagram");
        Assert.Equal("taxPaid", diagram.QuerySelector("g.wf-node.node-current")!.GetAttribute("data-node"));
        Assert.Equal(["acceptance", "firstReview"], diagram.QuerySelectorAll("g.wf-node.node-done").Select(n => n.GetAttribute("data-node")));
        Assert.Equal(["completed"], diagram.QuerySelectorAll("g.wf-node.node-pending").Select(n => n.GetAttribute("data-node")));
        Assert.Equal(["acceptance>firstReview", "firstReview>taxPaid"],
            diagram.QuerySelectorAll("g.wf-edge.edge-taken").Select(e => $"{e.GetAttribute("data-from")}>{e.GetAttribute("data-to")}"));
        Assert.Equal("完税", diagram.QuerySelector("g.node-current .wf-node-name")!.TextContent);
        Assert.Equal("流程图", page.Find("#case-diagram h2").TextContent.Trim());
        Assert.Equal(["house-transfer-resale"], _layouts.Asked);

        Assert.DoesNotContain("flowchart", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Mermaid", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".workflow-mermaid"));
    }

    [Fact]
    public void UnderEnglish_TheDiagramIsInEnglish()
    {
        UseCulture("en-US");
        var page = RenderAs("reviewer1", RegistryRoles.FirstReview);

        Assert.Equal("Tax paid", page.Find("#case-workflow-diagram g.node-current .wf-node-name").TextContent);
        Assert.Equal("Workflow diagram", page.Find("#case-diagram h2").TextContent.Trim());
        Assert.Contains("Path taken", page.Find("#case-workflow-diagram .wf-legend").TextContent, StringComparison.Ordinal);
    }

    private sealed class WorkflowNames(WorkflowDefinition definition) : IBusinessTypeCatalogue
    {
        public IReadOnlyList<BusinessType> All => [];

        public IReadOnlyList<BusinessTypeCategory> Categories => [];

        public IReadOnlyDictionary<string, WorkflowDefinition> Workflows => new Dictionary<string, WorkflowDefinition> { [definition.Id] = definition };

        public BusinessType Find(string code) => throw new UnknownBusinessTypeException(code);

        public bool TryFind(string code, out BusinessType? type)
        {
            type = null;
            return false;
        }

        public IReadOnlyList<BusinessType> InCategory(string category) => [];

        public IReadOnlyList<RegisterEffect> BindEffects(string code, JsonObject caseData) => throw new NotSupportedException();
    }
}
