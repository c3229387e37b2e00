using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Fields;
using Registry.Designer.Tests.Application;
using Registry.Application.Security;
using Registry.Designer.Workflows;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Tests.Components;

public sealed class DefinitionDesignerTests : DesignerComponentTest
{
    private IRenderedComponent<DefinitionDesigner> RenderSample() =>
        Render<DefinitionDesigner>(p => p.Add(c => c.DefinitionId, DesignerDatabase.SampleId));

    [Fact]
    public void EditedDraft_Validate_ShowsTheIssueWithItsNodeAndJsonPath()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();
        page.WaitForElement(".new-draft").Click();
        page.WaitForElement("#draft-json");
        Assert.Contains("已从 v1 新建草稿 v2", page.Find("#designer-message").TextContent, StringComparison.Ordinal);

        var json = page.Find("#draft-json").GetAttribute("value") ?? page.Find("#draft-json").TextContent;
        var at = json.IndexOf("\"to\": \"rejected\"", StringComparison.Ordinal);
        Assert.True(at > 0, "the draft editor does not hold the definition JSON");
        page.Find("#draft-json").Change(string.Concat(json.AsSpan(0, at), "\"to\": \"nowhere\"", json.AsSpan(at + "\"to\": \"rejected\"".Length)));
        page.Find("#designer-validate").Click();

        var row = page.WaitForElement("#designer-issues").QuerySelectorAll("tr.designer-issue")
            .Single(r => r.QuerySelector(".issue-path")!.TextContent == "$.transitions[1].to");
        Assert.Equal("acceptance", row.QuerySelector(".issue-node")!.TextContent);
        Assert.Contains("nowhere", row.QuerySelector(".issue-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingTheDraft_CreatesVersionNPlusOne_AndSaysRunningCasesStayOnTheirVersion()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();
        page.WaitForElement(".new-draft").Click();
        page.WaitForElement("#designer-publish-note");
        Assert.Contains("在办业务仍按其启动时绑定的版本办理", page.Find("#designer-publish-note").TextContent, StringComparison.Ordinal);

        page.Find("#designer-publish").Click();

        page.WaitForAssertion(() => Assert.Contains("已发布 v2", page.Find("#designer-message").TextContent, StringComparison.Ordinal));
        var statuses = page.FindAll("tr.designer-version").Select(r => (r.GetAttribute("data-version"), r.QuerySelector(".status")!.TextContent)).ToList();
        Assert.Equal([("1", "已发布"), ("2", "已发布")], statuses);
        var stored = await Services.GetRequiredService<IWorkflowDefinitionStore>().FindLatestPublishedAsync(DesignerDatabase.SampleId);
        Assert.Equal(2, stored!.Version);
        Assert.Equal("admin", (await Services.GetRequiredService<IWorkflowDefinitionVersions>().ListAsync(DesignerDatabase.SampleId)).Single(v => v.Version == 2).PublishedBy);
    }

    [Fact]
    public async Task LosingAPublishRace_IsToldPlainly()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();
        page.WaitForElement(".new-draft").Click();
        page.WaitForElement("#designer-publish");

        // Another admin on another server publishes the same draft first.
        var other = Db.NewHost().GetRequiredService<IWorkflowDesigner>();
        await other.PublishAsync(DesignerDatabase.SecondAdmin, DesignerDatabase.SampleId, 2);
        page.Find("#designer-publish").Click();

        page.WaitForAssertion(() => Assert.Contains("v2 was already published by admin2", page.Find("#designer-error").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("操作未完成", page.Find("#designer-error").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void SomeoneWhoIsNotBusinessAdmin_IsRefusedByTheService_AndSeesNoVersions()
    {
        SignInAs("reviewer1", RegistryRoles.FirstReview);

        var page = RenderSample();

        page.WaitForAssertion(() => Assert.Equal("只有业务管理员（业务管理）可以使用设计器。", page.Find("#designer-error").TextContent.Trim()));
        Assert.Empty(page.FindAll("#designer-versions"));
        Assert.Empty(page.FindAll("#draft-json"));
    }

    // The heading named the definition in Chinese on English pages too.
    [Theory]
    [InlineData("zh-CN", "存量房转移登记 · house-transfer-resale")]
    [InlineData("en", "Second-hand housing transfer · house-transfer-resale")]
    public void TheHeading_NamesTheDefinitionInTheUiLanguage(string culture, string heading)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();

        page.WaitForElement("#version-json", TimeSpan.FromSeconds(15)); // the machine is shared and loaded
        Assert.Equal(heading, page.Find("#designer-title").TextContent.Trim());
        page.Find("#designer-show-table").Click();
        var start = page.Find("#version-nodes tr[data-node='acceptance'] td").TextContent.Trim();
        Assert.Equal(culture == "en" ? "acceptance (Start)" : "acceptance （起点）", start);
    }

    [Fact]
    public void PublishedVersion_ShowsItsJsonDiagramAndTable_ReadOnly()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();

        page.WaitForElement("#version-json");
        Assert.Contains("\"id\": \"house-transfer-resale\"", page.Find("#version-json").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#draft-json"));
        page.Find("#designer-show-diagram").Click();
        Assert.StartsWith("flowchart TD", page.Find("#version-mermaid").TextContent, StringComparison.Ordinal);
        page.Find("#designer-show-table").Click();
        Assert.Equal(15, page.FindAll("#version-nodes tbody tr").Count);
    }

    private IRenderedComponent<DefinitionDesigner> RenderNewDraft()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        var page = RenderSample();
        page.WaitForElement(".new-draft").Click();
        page.WaitForElement("#draft-json");
        return page;
    }

    private static string EditorText(IRenderedComponent<DefinitionDesigner> page) =>
        page.Find("#draft-json").GetAttribute("value") ?? page.Find("#draft-json").TextContent;

    [Fact]
    public async Task A44KilobyteDraft_TypedIntoTheEditor_IsSavedIntact()
    {
        var page = RenderNewDraft();
        var json = DraftSizeTests.WithLongName(EditorText(page), DraftSizeTests.FortyFourKilobyteName);

        page.Find("#draft-json").Change(json);
        page.Find("#designer-save").Click();

        page.WaitForAssertion(() => Assert.Contains("v2", page.Find("#designer-message").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#designer-error"));
        var stored = await Services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync(DesignerDatabase.SampleId, 2);
        Assert.Equal(DraftSizeTests.FortyFourKilobyteName, stored!.Nodes[0].Name.En);
    }

    [Fact]
    public async Task ADraftOverTheLimit_IsRefusedWithTheLimitInTheMessage_AndTheEditorKeepsIt()
    {
        var page = RenderNewDraft();
        var saved = EditorText(page);
        var json = DraftSizeTests.WithLongName(saved, new string('x', FieldLimits.DefinitionJson));

        page.Find("#draft-json").Change(json);
        page.Find("#designer-save").Click();

        var error = page.WaitForElement("#designer-error").TextContent;
        Assert.Contains($"共 {json.Length} 个字符，超过上限 {FieldLimits.DefinitionJson}，未保存", error, StringComparison.Ordinal);
        Assert.Equal(json, EditorText(page));
        var stored = await Services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync(DesignerDatabase.SampleId, 2);
        Assert.NotEqual(new string('x', FieldLimits.DefinitionJson), stored!.Nodes[0].Name.En);
    }

    [Fact]
    public void TheEditor_LetsOneCharacterOverTheLimitThrough_SoALongPasteIsSeenAndRefused()
    {
        var page = RenderNewDraft();

        Assert.Equal((FieldLimits.DefinitionJson + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("#draft-json").GetAttribute("maxlength"));
        Assert.Contains($"/ {FieldLimits.DefinitionJson:0}", page.Find("#draft-counter").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_WithUnsavedChangesInTheEditor_IsRefused_AndPublishesNothing()
    {
        var page = RenderNewDraft();
        page.Find("#draft-json").Change(EditorText(page).Replace("存量房转移登记", "存量房转移登记（改）", StringComparison.Ordinal));

        page.Find("#designer-publish").Click();

        Assert.Contains("未保存的修改，未发布", page.WaitForElement("#designer-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await Services.GetRequiredService<IWorkflowDefinitionStore>().FindLatestPublishedAsync(DesignerDatabase.SampleId))!.Version);
    }
}
