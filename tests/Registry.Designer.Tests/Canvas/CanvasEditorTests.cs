using System.Globalization;
using System.Text.Json.Nodes;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Registry.Designer.Canvas;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Tests.Canvas;

/// <summary>The canvas editor on the shipped resale workflow, validated by the engine's own validator.</summary>
public sealed class CanvasEditorTests : BunitContext
{
    private string _json;

    public CanvasEditorTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        // The palette and the property fields come from the engine's descriptors, registration's kinds included.
        Services.AddSingleton<IActivityRegistry>(Registry.Application.Activities.RegistrationActivities.ForValidation);
        Services.AddSingleton<CanvasNodeKinds>();
        _json = File.ReadAllText(DesignerDatabase.RepoFile("workflows/house-transfer-resale.json"));
    }

    private static Task<IReadOnlyList<DefinitionIssue>> EngineValidate(string json)
    {
        try
        {
            var definition = new WorkflowDefinitionJson().Read(json, "draft");
            return Task.FromResult(new WorkflowDefinitionValidator(
                Registry.Application.Activities.RegistrationActivities.ForValidation,
                new HashSet<string>(CanvasNodeKinds.Roles), new HashSet<string> { "review-intake", "review-examination", "booking-recheck" }).Validate(definition));
        }
        catch (WorkflowDefinitionException e)
        {
            return Task.FromResult(e.Issues);
        }
    }

    private IRenderedComponent<WorkflowCanvasEditor> RenderEditor(bool readOnly = false) =>
        Render<WorkflowCanvasEditor>(p => p
            .Add(c => c.Json, _json)
            .Add(c => c.JsonChanged, (string json) => _json = json)
            .Add(c => c.Validate, EngineValidate)
            .Add(c => c.RuleSets, ["booking-recheck", "review-examination", "review-intake"])
            .Add(c => c.ReadOnly, readOnly));

    private JsonObject Node(string id) => JsonNode.Parse(_json)!["nodes"]!.AsArray().OfType<JsonObject>().Single(n => n["id"]!.GetValue<string>() == id);

    private List<(string From, string To, string? Outcome)> Transitions() =>
        [.. JsonNode.Parse(_json)!["transitions"]!.AsArray().OfType<JsonObject>().Select(t => (t["from"]!.GetValue<string>(), t["to"]!.GetValue<string>(), t["outcome"]?.GetValue<string>()))];

    [Fact]
    public void ThePalette_OffersEveryKind_InChinese_AndClickingOneAddsThatNode_Selected()
    {
        var editor = RenderEditor();

        var items = editor.FindAll("#canvas-palette .wfe-palette-item");
        Assert.Equal(Registry.Application.Activities.RegistrationActivities.ForValidation.Descriptors.Select(k => k.Kind), items.Select(i => i.GetAttribute("data-kind")));
        Assert.Equal("人工任务", items[0].TextContent.Trim());
        Assert.All(items, i => Assert.Equal("true", i.GetAttribute("draggable")));

        editor.Find(".wfe-palette-item[data-kind='humanTask']").Click();

        var added = Node("humanTask1");
        Assert.Equal("humanTask", added["kind"]!.GetValue<string>());
        Assert.Equal(("人工任务", "Human task"), (added["name"]!["zh"]!.GetValue<string>(), added["name"]!["en"]!.GetValue<string>()));
        Assert.Single(editor.FindAll("g.wf-node.node-selected[data-node='humanTask1']"));
        Assert.Equal("人工任务", editor.Find("#prop-kind").TextContent);
        // Nothing connects to it yet: the engine's validator marks it on the node before publish.
        Assert.Single(editor.FindAll("g.wf-node.node-invalid[data-node='humanTask1']"));
        Assert.NotEmpty(editor.FindAll("#prop-issues .wfp-issue"));
    }

    [Fact]
    public void DroppingAPaletteItem_PlacesTheNodeWhereItWasDropped_OnTheGrid()
    {
        var editor = RenderEditor();

        editor.Find(".wfe-palette-item[data-kind='wait']").TriggerEvent("ondragstart", new DragEventArgs());
        editor.Find("#canvas-surface").TriggerEvent("ondrop", new DragEventArgs { OffsetX = 500, OffsetY = 600 });

        Assert.Equal("translate(424 576)", editor.Find("g.wf-node[data-node='wait1']").GetAttribute("transform"));
    }

    [Fact]
    public void ThePropertyPanel_ShowsTypedFields_AndEditsWriteTheJson()
    {
        var editor = RenderEditor();
        editor.Find("g.wf-node[data-node='firstReview']").PointerDown();

        // The sample names a role the office does not have: kept in the picker, and marked on the node by the validator.
        var role = editor.Find("#prop-role");
        Assert.Equal("examiner", role.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal(CanvasNodeKinds.Roles.Count + 2, role.QuerySelectorAll("option").Length);
        Assert.Contains("初审人员", role.TextContent, StringComparison.Ordinal);
        Assert.Single(editor.FindAll("g.wf-node.node-invalid[data-node='firstReview']"));
        Assert.Contains(editor.FindAll("#prop-issues .wfp-issue"), i => i.TextContent.Contains("examiner", StringComparison.Ordinal));

        role.Change("second-review");
        Assert.Equal("second-review", Node("firstReview")["inputs"]!["role"]!.GetValue<string>());
        Assert.Empty(editor.FindAll("g.wf-node.node-invalid[data-node='firstReview']"));

        // Unticking an outcome removes it from the inputs and its port from the node.
        var ports = Node("firstReview")["inputs"]!["outcomes"]!.AsArray().Count;
        Assert.Equal(ports, editor.FindAll("g.wf-node[data-node='firstReview'] .wfe-port").Count);
        editor.Find(".prop-outcome[data-outcome='return']").Change(false);
        Assert.DoesNotContain("return", Node("firstReview")["inputs"]!["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(ports - 1, editor.FindAll("g.wf-node[data-node='firstReview'] .wfe-port").Count);
        Assert.Empty(editor.FindAll("g.wf-node[data-node='firstReview'] .wfe-port[data-outcome='return']"));

        editor.Find("#prop-name-zh").Change("初审（窗口）");
        Assert.Equal("初审（窗口）", Node("firstReview")["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("初审（窗口）", editor.Find("g[data-node='firstReview'] .wf-node-name").TextContent);
    }

    [Fact]
    public void AWait_TakesWorkingDaysAsAPositiveWholeNumber_AndARuleCheckPicksAKnownRuleSet()
    {
        var editor = RenderEditor();
        editor.Find("g.wf-node[data-node='taxPaid']").PointerDown();
        Assert.Equal("tax-paid", editor.Find("#prop-signal").GetAttribute("value"));

        editor.Find("#prop-afterWorkingDays").Change("5");
        Assert.Equal(5, Node("taxPaid")["inputs"]!["afterWorkingDays"]!.GetValue<int>());
        editor.Find("#prop-afterWorkingDays").Change("0");
        Assert.Null(Node("taxPaid")["inputs"]!["afterWorkingDays"]);

        editor.Find("g.wf-node[data-node='intakeCheck']").PointerDown();
        Assert.Equal(["", "booking-recheck", "review-examination", "review-intake", "house-transfer-resale.intake"], editor.Find("#prop-ruleset").QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        editor.Find("#prop-ruleset").Change("review-examination");
        Assert.Equal("review-examination", Node("intakeCheck")["inputs"]!["ruleSet"]!.GetValue<string>());
    }

    [Fact]
    public void ConnectingAnOutcomePortToANode_AddsTheTransition_AndUndoRedoTakeItBackAndAgain()
    {
        var editor = RenderEditor();
        var before = _json;
        Assert.DoesNotContain(("approval", "completed", "reject"), Transitions());

        editor.Find("g.wf-node[data-node='approval'] .wfe-port[data-outcome='reject']").Click();
        Assert.Contains("approval", editor.Find("#canvas-connecting").TextContent, StringComparison.Ordinal);
        editor.Find("g.wf-node[data-node='completed']").Click();

        Assert.Contains(("approval", "completed", "reject"), Transitions());
        Assert.Empty(editor.FindAll("#canvas-connecting"));

        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "z", CtrlKey = true });
        Assert.Equal(JsonNode.Parse(before)!.ToJsonString(), JsonNode.Parse(_json)!.ToJsonString());
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "y", CtrlKey = true });
        Assert.Contains(("approval", "completed", "reject"), Transitions());
    }

    [Fact]
    public void DeleteCopyAndPaste_WorkFromTheKeyboard()
    {
        var editor = RenderEditor();
        editor.Find("g.wf-node[data-node='registrationReview']").PointerDown();

        var surface = editor.Find("#canvas-surface");
        surface.KeyDown(new KeyboardEventArgs { Key = "c", CtrlKey = true });
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "v", CtrlKey = true });
        var copy = Node("registrationReviewCopy1");
        Assert.Equal(Node("registrationReview")["inputs"]!.ToJsonString(), copy["inputs"]!.ToJsonString());
        Assert.Single(editor.FindAll("g.wf-node.node-selected[data-node='registrationReviewCopy1']"));

        editor.Find("g.wf-node[data-node='registrationReview']").PointerDown();
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "Delete" });
        Assert.DoesNotContain(JsonNode.Parse(_json)!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == "registrationReview");
        Assert.DoesNotContain(Transitions(), t => t.From == "registrationReview" || t.To == "registrationReview");
        Assert.Empty(editor.FindAll("g.wf-node[data-node='registrationReview']"));
    }

    [Fact]
    public void AutoLayoutAndZoom_ChangePositionsAndScale_NotTheDefinition()
    {
        var editor = RenderEditor();
        var definitionBefore = JsonNode.Parse(_json)!.ToJsonString();

        editor.Find("#canvas-zoom-in").Click();
        Assert.Equal("110%", editor.Find("#canvas-zoom").TextContent);
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "0" });
        Assert.NotEqual("110%", editor.Find("#canvas-zoom").TextContent);
        editor.Find("#canvas-autolayout").Click();

        Assert.Equal(definitionBefore, JsonNode.Parse(_json)!.ToJsonString());
        Assert.Equal(editor.Instance.CurrentLayout.Nodes.Count, JsonNode.Parse(_json)!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public void APublishedVersion_IsShownReadOnly_WithoutPalette()
    {
        var editor = RenderEditor(readOnly: true);

        Assert.Empty(editor.FindAll("#canvas-palette"));
        editor.Find("g.wf-node[data-node='firstReview']").PointerDown();
        Assert.True(editor.Find("#prop-role").HasAttribute("disabled"));
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "Delete" });
        Assert.Single(editor.FindAll("g.wf-node[data-node='firstReview']"));
    }

    [Fact]
    public void DraggingANode_MovesItOnTheGrid_LeavesTheJsonAlone_AndUndoPutsItBack()
    {
        var editor = RenderEditor();
        var json = _json;
        var before = editor.Find("g.wf-node[data-node='approval']").GetAttribute("transform");

        editor.Find("g.wf-node[data-node='approval']").PointerDown(new PointerEventArgs { ClientX = 100, ClientY = 100, Buttons = 1 });
        editor.Find("#canvas-surface svg").TriggerEvent("onpointermove", new PointerEventArgs { ClientX = 203, ClientY = 141, Buttons = 1 });
        editor.Find("#canvas-surface svg").TriggerEvent("onpointerup", new PointerEventArgs { ClientX = 203, ClientY = 141 });

        var after = editor.Find("g.wf-node[data-node='approval']").GetAttribute("transform");
        Assert.NotEqual(before, after);
        var (x0, y0) = editor.Instance.CurrentLayout.Nodes["approval"];
        Assert.Equal(0, x0 % 8);
        Assert.Equal(0, y0 % 8);
        Assert.Same(json, _json);

        editor.Find("#canvas-undo").Click();
        Assert.Equal(before, editor.Find("g.wf-node[data-node='approval']").GetAttribute("transform"));
    }
}
