using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Registry.Application.Catalogue;
using Registry.Application.RuleSets;
using Registry.Application.Security;
using Registry.Designer.Rules;

namespace Registry.Designer.Tests.Components;

/// <summary>The rule designer's pages: list and search, the rule form with validation as you type, dry runs, publish.</summary>
public sealed class RuleEditorTests : DesignerComponentTest
{
    private const string Rule = "REG-JOINT-APPLICATION";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15); // the machine is shared and loaded
    private readonly FakeRuleSets _rules = new();

    public RuleEditorTests()
    {
        Services.AddSingleton<IRuleSetPublishing>(_rules);
        Services.AddSingleton<IRuleSetDryRun>(_rules);
        Services.AddRegistryCatalogue(o =>
        {
            o.CatalogueDirectory = DesignerDatabase.RepoFile("workflows/catalogue");
            o.RulesDirectory = DesignerDatabase.RepoFile("rules");
        });
    }

    [Fact]
    public void RuleList_ShowsThePublishedVersion_AndSearchFiltersTheRules()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<RuleSetList>();

        var row = page.WaitForElement($"section.rule-set[data-name='review-intake'] tr.rule[data-rule='{Rule}']", Wait);
        Assert.Equal("阻断", row.QuerySelector(".severity")!.TextContent);
        Assert.Equal("当事人", row.QuerySelector(".category")!.TextContent);
        Assert.Contains("第 3 版", page.Find("section.rule-set h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("仓库文件（首次运行载入）", page.Find("section.rule-set h2").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("repository", page.Find("section.rule-set h2").TextContent, StringComparison.Ordinal);
        var before = page.FindAll("tr.rule").Count;

        page.Find(".rule-search input").Input("JOINT-APPLICATION");

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.rule")), Wait);
        Assert.True(before > 1);
        Assert.Equal($"designer/rule-sets/review-intake/rules/{Rule}", page.Find("tr.rule a.edit-rule").GetAttribute("href"));
    }

    // At 1366 px a one-column grid item cut the severity filter's label and the table broke 权利, 阻断, 登簿 and the dates
    // between characters: the filters are a wrapping row of fields, and the short cells are marked for the stylesheet to keep whole.
    [Fact]
    public void RuleList_FiltersAreAWrappingRow_AndTheShortCellsAreMarkedToStayWhole()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<RuleSetList>();

        var row = page.WaitForElement($"section.rule-set[data-name='review-intake'] tr.rule[data-rule='{Rule}']", Wait);

        var filters = page.Find("#rule-filters");
        Assert.Empty(filters.QuerySelectorAll(".mud-grid-item"));
        Assert.Equal(6, filters.QuerySelectorAll(":scope > .rule-filter").Length);
        Assert.NotNull(filters.QuerySelector(".rule-filter .filter-severity"));
        Assert.Equal(["category", "severity", "stages", "effective", "expression", "rule-actions"],
            row.QuerySelectorAll("td[class]").Select(c => c.ClassName!).Where(c => c is "category" or "severity" or "stages" or "effective" or "expression" or "rule-actions"));
        Assert.Null(row.QuerySelector("td.expression code[style]"));
    }

    // Long labels were cut at 1366 px (生效日期（yyyy-M…, 其他适用范围（通配符如 HouseTransfer*，分组如 @Dispo…): the label names the
    // field and the format goes under it; and the way back leads to the rule sets, so it no longer says 返回流程列表.
    [Theory]
    [InlineData("zh-CN", "生效日期", "失效日期", "yyyy-MM-dd，可空", "其他适用范围", "返回规则集")]
    [InlineData("en", "Effective from", "Effective until", "yyyy-MM-dd, optional", "Other scope", "Back to the rule sets")]
    public void RuleForm_LabelsAreShort_WithTheFormatsUnderThem_AndTheWayBackNamesTheRuleSets(
        string culture, string from, string until, string untilHelp, string patterns, string back)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);

        Assert.Equal(from, page.Find(".field-from label").TextContent.Trim());
        Assert.Equal("yyyy-MM-dd", page.Find(".field-from .mud-input-helper-text").TextContent.Trim());
        Assert.Equal(until, page.Find(".field-until label").TextContent.Trim());
        Assert.Equal(untilHelp, page.Find(".field-until .mud-input-helper-text").TextContent.Trim());
        Assert.Equal(patterns, page.Find(".field-patterns label").TextContent.Trim());
        Assert.Contains("HouseTransfer*", page.Find(".field-patterns .mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.Equal(culture == "en" ? "Excluded business types" : "排除的业务类型", page.Find(".field-exclude label").TextContent.Trim());
        Assert.Equal(culture == "en" ? "comma-separated" : "逗号分隔", page.Find(".field-exclude .mud-input-helper-text").TextContent.Trim());
        Assert.Equal(back, page.Find("#rule-back").TextContent.Trim());
        Assert.Equal("designer/rule-sets", page.Find("#rule-back").GetAttribute("href"));
    }

    [Fact]
    public void RuleForm_ChangedSeverityAndMessage_ArePublishedIntoTheSet_FromTheVersionItWasOpenedOn()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);
        Assert.Equal(Rule, page.Find(".field-code input").GetAttribute("value"));

        var severity = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Class == "field-severity");
        page.InvokeAsync(() => severity.Instance.ValueChanged.InvokeAsync("warn"));
        page.Find(".field-message-en textarea").Change("Both sides must apply together (edited).");
        page.Find(".field-message-zh textarea").Change("须由双方共同申请（已修改）。");
        page.Find(".publish-note input").Change("severity to warn");
        page.Find(".rule-publish button, button.rule-publish").Click();

        page.WaitForAssertion(() => Assert.Contains("已发布规则集 review-intake 第 4 版", page.Find("#designer-message").TextContent, StringComparison.Ordinal), Wait);
        var publish = Assert.Single(_rules.Publishes);
        Assert.Equal(("admin", 3, "severity to warn"), (publish.User, publish.BasedOn, publish.Note));
        var rules = JsonNode.Parse(publish.Document)!["Rules"]!.AsArray();
        var edited = rules.Single(r => (string?)r!["RuleName"] == Rule)!["Properties"]!;
        Assert.Equal(("warn", "Both sides must apply together (edited).", "须由双方共同申请（已修改）。"),
            ((string?)edited["Severity"], (string?)edited["MessageEn"], (string?)edited["MessageZh"]));
        Assert.Equal(RuleDrafts.Read(File.ReadAllText(DesignerDatabase.RepoFile("rules/review-intake.json"))).Count, rules.Count);
    }

    [Fact]
    public void RuleForm_ConditionIsCheckedAsTyped_AndTheErrorsPositionIsMarked()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        _rules.Validation = json => json.Contains("f.Case.Nope", StringComparison.Ordinal)
            ? [new RuleDraftIssue(Rule, "Expression", 7, "规则 REG-JOINT-APPLICATION 的条件（第 7 个字符处）有误：类型 UnitSnapshot 没有属性“Nope”", "Expression does not compile: No property or field 'Nope' (position 7)")]
            : [];
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);

        page.Find(".field-expression textarea").Input("f.Case.Nope == 1");
        PauseTyping(() => page.FindAll(".expression-issue").Count > 0);

        page.WaitForAssertion(() => Assert.Equal("7", page.Find(".expression-issue").GetAttribute("data-position")), Wait);
        Assert.Contains("第 7 个字符处", page.Find(".expression-issue").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("       ^", page.Find(".expression-caret").TextContent.TrimEnd(), StringComparison.Ordinal);
        var checkedDoc = JsonNode.Parse(_rules.Validated[^1])!;
        Assert.Single(checkedDoc["Rules"]!.AsArray()); // the rule alone in its set: fast enough to run on each pause in typing

        page.Find(".field-expression textarea").Input("f.Case.BusinessType != null");
        PauseTyping(() => page.FindAll(".expression-ok").Count > 0);
        page.WaitForElement(".expression-ok", Wait);
        Assert.Empty(page.FindAll(".expression-issue"));
    }

    // MudBlazor debounces typing on the injected TimeProvider (here a fake clock): let it pass until the check has rendered.
    private void PauseTyping(Func<bool> rendered)
    {
        for (var i = 0; i < 200 && !rendered(); i++)
        {
            Db.Time.Advance(TimeSpan.FromMilliseconds(500));
            Thread.Sleep(50);
        }
    }

    [Fact]
    public void RuleForm_ASecondAdminPublishedFirst_IsToldWhoAndWhen()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        _rules.Conflict = new RuleSetPublishConflictException("review-intake", 4, "admin2", new DateTimeOffset(2026, 12, 7, 1, 2, 3, TimeSpan.Zero));
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);

        page.Find("button.rule-publish").Click();

        page.WaitForAssertion(() => Assert.Equal("未发布：admin2 已于 2026-12-07 09:02:03 发布了第 4 版。请重新打开规则并再次修改。", page.Find("#designer-error").TextContent.Trim()), Wait);
    }

    [Fact]
    public void DryRun_OnACase_ShowsTheDraftBesideThePublishedVersion_WithTheFactsBehind()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);

        page.Find(".dry-run-case input").Change("340121202611200000007");
        page.Find("button.dry-run-case-go").Click();

        var row = page.WaitForElement($"#dry-run-case-result tr.dry-run-row.changed[data-rule='{Rule}']", Wait);
        Assert.Contains("阻断 · 双方须共同申请。", row.QuerySelector(".published")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("警告 · 草稿：双方须共同申请。", row.QuerySelector(".draft")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Applicants = 张三", row.QuerySelector(".why")!.TextContent);
        Assert.Contains("通过", page.Find("tr.dry-run-row[data-rule='REG-MATERIALS-COMPLETE'] .draft").TextContent, StringComparison.Ordinal);
        Assert.Contains("\"REG-JOINT-APPLICATION\"", _rules.Validated[^1], StringComparison.Ordinal); // validated before it ran
    }

    [Fact]
    public void DryRun_OverFinishedCases_ShowsProgress_ThenHowManyCasesChange_WithTheList()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        _rules.HoldDryRun = new TaskCompletionSource();
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        page.WaitForElement("#rule-form", Wait);
        Assert.Equal("1000", page.Find(".dry-run-count input").GetAttribute("value"));

        page.Find("button.dry-run-finished-go").Click();

        page.WaitForAssertion(() => Assert.Equal("已运行 1 / 2 件", page.Find(".dry-run-progress-text").TextContent), Wait);
        Assert.Empty(page.FindAll("#dry-run-summary"));
        _rules.HoldDryRun.SetResult();
        page.WaitForAssertion(() => Assert.Equal("共运行 2 件：1 件新增触发，0 件不再触发（对比已发布的第 3 版）。", page.Find("#dry-run-summary").TextContent.Trim()), Wait);
        Assert.Equal("新增触发", page.Find("tr.dry-run-change[data-case='340121202611200000007'] td:nth-child(4)").TextContent);
    }

    [Fact]
    public void NewRule_FromAClone_StartsAsACopyUnderANewCode_AndIsAddedToTheSet()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"designer/rule-sets/review-intake/new?clone={Rule}");
        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake"));
        page.WaitForElement("#rule-form", Wait);
        Assert.Equal($"{Rule}-COPY", page.Find(".field-code input").GetAttribute("value"));

        page.Find("button.rule-publish").Click();

        page.WaitForAssertion(() => Assert.Single(_rules.Publishes), Wait);
        var codes = JsonNode.Parse(_rules.Publishes[0].Document)!["Rules"]!.AsArray().Select(r => (string?)r!["RuleName"]).ToList();
        Assert.Contains(Rule, codes);
        Assert.Contains($"{Rule}-COPY", codes);
    }

    [Fact]
    public void RulePages_RefuseSomeoneWhoIsNotBusinessAdmin()
    {
        SignInAs("acceptor", RegistryRoles.Acceptor);

        var page = Render<RuleEditor>(p => p.Add(x => x.SetName, "review-intake").Add(x => x.Code, Rule));
        var list = Render<RuleSetList>();

        page.WaitForElement("#designer-error", Wait);
        Assert.Empty(page.FindAll("#rule-form"));
        list.WaitForElement("#designer-error", Wait);
        Assert.Empty(list.FindAll("section.rule-set"));
    }
}
