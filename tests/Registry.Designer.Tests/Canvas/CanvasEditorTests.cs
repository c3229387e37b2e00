using System.Globalization;
using System.Text.Json.Nodes;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Registry.Designer.Canvas;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Tests.Canvas;

/// <summary>
/// The canvas editor on the shipped resale workflow, validated by the engine's own validator. The canvas is
/// Z.Blazor.Diagrams; here the library's model is driven directly (a node moved, a link attached, a removal, a
/// selection) as its pointer behaviours would, and the test checks the JSON and layout that come back. Pointer work
/// that needs the browser's measured sizes is in the end-to-end <c>DesignerCanvasBrowserTests</c>.
/// </summary>
public sealed class CanvasEditorTests : BunitContext
{
    private string _json;

    public CanvasEditorTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The library asks the browser for the canvas's bounds; a fixed 1000×600 canvas stands in.
        JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1000, 600));
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

    private IRenderedComponent<WorkflowCanvasEditor> RenderEditor(bool readOnly = false)
    {
        var editor = Render<WorkflowCanvasEditor>(p => p
            .Add(c => c.Json, _json)
            .Add(c => c.JsonChanged, (string json) => _json = json)
            .Add(c => c.Validate, EngineValidate)
            .Add(c => c.RuleSets, ["booking-recheck", "review-examination", "review-intake"])
            .Add(c => c.ReadOnly, readOnly));
        // The canvas has been measured (the stand-in bounds) and the definition fitted into it.
        editor.WaitForAssertion(() => Assert.NotNull(editor.Instance.Canvas!.Diagram.Container));
        return editor;
    }

    private static DefinitionNodeModel CanvasNode(IRenderedComponent<WorkflowCanvasEditor> editor, string id) => editor.Instance.Canvas!.Nodes[id];

    private static void Select(IRenderedComponent<WorkflowCanvasEditor> editor, string id)
    {
        editor.InvokeAsync(() => editor.Instance.Canvas!.Diagram.SelectModel(CanvasNode(editor, id), true));
        editor.WaitForAssertion(() => Assert.Single(editor.FindAll($".wf-node.node-selected[data-node='{id}']")));
    }

    private JsonObject Node(string id) => JsonNode.Parse(_json)!["nodes"]!.AsArray().OfType<JsonObject>().Single(n => n["id"]!.GetValue<string>() == id);

    private List<(string From, string To, string? Outcome)> Transitions() =>
        [.. JsonNode.Parse(_json)!["transitions"]!.AsArray().OfType<JsonObject>().Select(t => (t["from"]!.GetValue<string>(), t["to"]!.GetValue<string>(), t["outcome"]?.GetValue<string>()))];

    [Fact]
    public void ThePalette_OffersEveryKind_InChinese_AndClickingOneAddsThatNode_Selected()
    {
        var editor = RenderEditor();

        var items = editor.FindAll("#canvas-palette .wfe-palette-item");
        var descriptors = Registry.Application.Activities.RegistrationActivities.ForValidation.Descriptors;
        // Grouped by the descriptors' categories (in their first-seen order), each group titled in Chinese.
        Assert.Equal(descriptors.GroupBy(d => d.Category).SelectMany(g => g).Select(k => k.Kind), items.Select(i => i.GetAttribute("data-kind")));
        Assert.Equal(["人工", "自动", "流程控制", "登记"], editor.FindAll("#canvas-palette .wfe-panel-title").Select(t => t.TextContent));
        Assert.Equal("人工任务", items[0].TextContent.Trim());
        Assert.Equal("登簿", editor.Find(".wfe-palette-item[data-kind='record']").TextContent.Trim());
        // The descriptor's Material icon name is drawn with MudBlazor's icon of that name.
        Assert.NotNull(editor.Find(".wfe-palette-item[data-kind='parallelSplit'] svg"));
        Assert.All(items, i => Assert.Equal("true", i.GetAttribute("draggable")));

        editor.Find(".wfe-palette-item[data-kind='humanTask']").Click();

        var added = Node("humanTask1");
        Assert.Equal("humanTask", added["kind"]!.GetValue<string>());
        Assert.Equal(("人工任务", "Human task"), (added["name"]!["zh"]!.GetValue<string>(), added["name"]!["en"]!.GetValue<string>()));
        Assert.Single(editor.FindAll(".wf-node.node-selected[data-node='humanTask1']"));
        Assert.True(CanvasNode(editor, "humanTask1").Selected);
        Assert.Equal("人工任务", editor.Find("#prop-kind").TextContent);
        // Nothing connects to it yet: the engine's validator marks it on the node before publish.
        Assert.Single(editor.FindAll(".wf-node.node-invalid[data-node='humanTask1']"));
        Assert.NotEmpty(CanvasNode(editor, "humanTask1").Node.Issues);
        Assert.NotEmpty(editor.FindAll("#prop-issues .wfp-issue"));
    }

    [Fact]
    public void DroppingAPaletteItem_PlacesTheNodeWhereItWasDropped_OnTheGrid()
    {
        var editor = RenderEditor();

        // The canvas (measured at 0,0, not panned or zoomed yet by a fit of this wide definition) takes the drop's client point.
        editor.InvokeAsync(() => { editor.Instance.Canvas!.Diagram.SetZoom(1); editor.Instance.Canvas.Diagram.SetPan(0, 0); });
        editor.Find(".wfe-palette-item[data-kind='wait']").TriggerEvent("ondragstart", new DragEventArgs());
        editor.Find("#canvas-surface").TriggerEvent("ondrop", new DragEventArgs { ClientX = 500, ClientY = 600 });

        Assert.Equal(new CanvasPoint(424, 576), editor.Instance.CurrentLayout.Nodes["wait1"]);
        var model = CanvasNode(editor, "wait1");
        Assert.Equal((424d, 576d), (model.Position.X, model.Position.Y));
        Assert.Equal("wait", Node("wait1")["kind"]!.GetValue<string>());
    }

    [Fact]
    public void ThePropertyPanel_ShowsTypedFields_AndEditsWriteTheJson()
    {
        var editor = RenderEditor();
        Select(editor, "firstReview");

        // The sample names a role the office does not have: kept in the picker, and marked on the node by the validator.
        var role = editor.Find("#prop-role");
        Assert.Equal("examiner", role.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal(CanvasNodeKinds.Roles.Count + 2, role.QuerySelectorAll("option").Length);
        Assert.Contains("初审人员", role.TextContent, StringComparison.Ordinal);
        Assert.Single(editor.FindAll(".wf-node.node-invalid[data-node='firstReview']"));
        Assert.Contains(editor.FindAll("#prop-issues .wfp-issue"), i => i.TextContent.Contains("examiner", StringComparison.Ordinal));

        role.Change("second-review");
        Assert.Equal("second-review", Node("firstReview")["inputs"]!["role"]!.GetValue<string>());
        Assert.Empty(editor.FindAll(".wf-node.node-invalid[data-node='firstReview']"));

        // Unticking an outcome removes it from the inputs and its port from the node.
        var ports = Node("firstReview")["inputs"]!["outcomes"]!.AsArray().Count;
        Assert.Equal(ports, editor.FindAll(".wf-node[data-node='firstReview'] .wfe-port").Count);
        Assert.Equal(ports, CanvasNode(editor, "firstReview").OutcomePorts.Count());
        editor.Find(".prop-outcome[data-outcome='return']").Change(false);
        Assert.DoesNotContain("return", Node("firstReview")["inputs"]!["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(ports - 1, editor.FindAll(".wf-node[data-node='firstReview'] .wfe-port").Count);
        Assert.Empty(editor.FindAll(".wf-node[data-node='firstReview'] .wfe-port [data-outcome='return']"));
        Assert.DoesNotContain(CanvasNode(editor, "firstReview").OutcomePorts, p => p.Outcome == "return");

        editor.Find("#prop-name-zh").Change("初审（窗口）");
        Assert.Equal("初审（窗口）", Node("firstReview")["name"]!["zh"]!.GetValue<string>());
        Assert.Equal("初审（窗口）", editor.Find(".wf-node[data-node='firstReview'] .wf-node-name").TextContent);
    }

    [Fact]
    public void AWait_TakesWorkingDaysAsAPositiveWholeNumber_AndARuleCheckPicksAKnownRuleSet()
    {
        var editor = RenderEditor();
        Select(editor, "taxPaid");
        Assert.Equal("tax-paid", editor.Find("#prop-signal").GetAttribute("value"));

        editor.Find("#prop-afterWorkingDays").Change("5");
        Assert.Equal(5, Node("taxPaid")["inputs"]!["afterWorkingDays"]!.GetValue<int>());
        editor.Find("#prop-afterWorkingDays").Change("0");
        Assert.Null(Node("taxPaid")["inputs"]!["afterWorkingDays"]);

        Select(editor, "intakeCheck");
        Assert.Equal(["", "booking-recheck", "review-examination", "review-intake", "house-transfer-resale.intake"], editor.Find("#prop-ruleset").QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        editor.Find("#prop-ruleset").Change("review-examination");
        Assert.Equal("review-examination", Node("intakeCheck")["inputs"]!["ruleSet"]!.GetValue<string>());
    }

    [Fact]
    public void ALinkDraggedFromAnOutcomePortOntoANode_AddsTheTransition_AndUndoRedoTakeItBackAndAgain()
    {
        var editor = RenderEditor();
        var before = _json;
        Assert.DoesNotContain(("approval", "completed", "reject"), Transitions());
        var linksBefore = editor.Instance.Canvas!.Links.Count;

        // What the library's DragNewLinkBehavior does: a link from the port to the pointer, then attached to the node dropped on.
        editor.InvokeAsync(() =>
        {
            var canvas = editor.Instance.Canvas!;
            var port = CanvasNode(editor, "approval").OutcomePorts.Single(p => p.Outcome == "reject");
            var link = canvas.Diagram.Options.Links.Factory(canvas.Diagram, port, new PositionAnchor(new Point(900, 80)))!;
            canvas.Diagram.Links.Add(link);
            Assert.True(port.CanAttachTo(CanvasNode(editor, "completed")));
            link.SetTarget(new ShapeIntersectionAnchor(CanvasNode(editor, "completed")));
            link.TriggerTargetAttached();
        });

        editor.WaitForAssertion(() => Assert.Contains(("approval", "completed", "reject"), Transitions()));
        // Redrawn from the JSON: one link more, labelled with the outcome, from the reject port.
        var added = Assert.Single(editor.Instance.Canvas!.Links, l => l.Edge is { From: "approval", To: "completed", Outcome: "reject" });
        Assert.Equal(linksBefore + 1, editor.Instance.Canvas.Links.Count);
        Assert.Equal("不予登记", Assert.Single(added.Labels).Content);
        Assert.Equal("reject", Assert.IsType<OutcomePortModel>(added.Source.Model).Outcome);

        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "z", CtrlKey = true });
        Assert.Equal(JsonNode.Parse(before)!.ToJsonString(), JsonNode.Parse(_json)!.ToJsonString());
        Assert.Equal(linksBefore, editor.Instance.Canvas!.Links.Count);
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "y", CtrlKey = true });
        Assert.Contains(("approval", "completed", "reject"), Transitions());
    }

    [Fact]
    public void ClickingAPortAndThenANode_StillConnectsThem()
    {
        var editor = RenderEditor();

        editor.InvokeAsync(() => editor.Instance.Canvas!.Diagram.TriggerPointerClick(CanvasNode(editor, "approval").OutcomePorts.Single(p => p.Outcome == "reject"), new Blazor.Diagrams.Core.Events.PointerEventArgs(0, 0, 0, 0, false, false, false, 0, 0, 0, 0, 0, 0, "mouse", true)));
        Assert.Contains("approval", editor.Find("#canvas-connecting").TextContent, StringComparison.Ordinal);
        Assert.Single(editor.FindAll(".wf-node[data-node='approval'] .wfe-port.port-active"));
        editor.InvokeAsync(() => editor.Instance.Canvas!.Diagram.TriggerPointerClick(CanvasNode(editor, "completed"), new Blazor.Diagrams.Core.Events.PointerEventArgs(0, 0, 0, 0, false, false, false, 0, 0, 0, 0, 0, 0, "mouse", true)));

        editor.WaitForAssertion(() => Assert.Contains(("approval", "completed", "reject"), Transitions()));
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("#canvas-connecting")));
    }

    [Fact]
    public void RemovingATransitionsLink_RemovesThatTransitionOnly()
    {
        var editor = RenderEditor();
        var transitions = Transitions();
        var link = editor.Instance.Canvas!.Links[3];

        editor.InvokeAsync(() => editor.Instance.Canvas!.Diagram.SelectModel(link, true));
        editor.WaitForAssertion(() => Assert.False(editor.Find("#canvas-delete").HasAttribute("disabled")));
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "Delete" });

        editor.WaitForAssertion(() => Assert.Equal(transitions.Count - 1, Transitions().Count));
        Assert.Equal([.. transitions.Where((_, i) => i != 3)], Transitions());
        Assert.Equal(transitions.Count - 1, editor.Instance.Canvas!.Links.Count);
    }

    [Fact]
    public void DeleteCopyAndPaste_WorkFromTheKeyboard()
    {
        var editor = RenderEditor();
        Select(editor, "registrationReview");

        var surface = editor.Find("#canvas-surface");
        surface.KeyDown(new KeyboardEventArgs { Key = "c", CtrlKey = true });
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "v", CtrlKey = true });
        var copy = Node("registrationReviewCopy1");
        Assert.Equal(Node("registrationReview")["inputs"]!.ToJsonString(), copy["inputs"]!.ToJsonString());
        Assert.Single(editor.FindAll(".wf-node.node-selected[data-node='registrationReviewCopy1']"));

        Select(editor, "registrationReview");
        var others = Transitions().Where(t => t.From != "registrationReview" && t.To != "registrationReview").ToList();
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "Delete" });
        // The library removes the node and its links; the node's removal is one edit, which drops its transitions and no others.
        editor.WaitForAssertion(() => Assert.DoesNotContain(JsonNode.Parse(_json)!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == "registrationReview"));
        Assert.Equal(others, Transitions());
        Assert.Empty(editor.FindAll(".wf-node[data-node='registrationReview']"));
        Assert.False(editor.Instance.Canvas!.Nodes.ContainsKey("registrationReview"));
    }

    [Fact]
    public void AutoLayoutAndZoom_ChangePositionsAndScale_NotTheDefinition()
    {
        var editor = RenderEditor();
        var definitionBefore = JsonNode.Parse(_json)!.ToJsonString();

        // Opened fitted into the 1000×600 canvas, but not below 60 % (this definition is 13 columns wide).
        Assert.Equal("60%", editor.Find("#canvas-zoom").TextContent);
        editor.Find("#canvas-zoom-in").Click();
        Assert.Equal("70%", editor.Find("#canvas-zoom").TextContent);
        Assert.Equal(0.7, editor.Instance.Canvas!.Diagram.Zoom, 3);
        // Fit: the whole definition into the canvas the browser reported.
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "0" });
        editor.WaitForAssertion(() => Assert.NotEqual("70%", editor.Find("#canvas-zoom").TextContent));
        var zoom = editor.Instance.Canvas.Diagram.Zoom;
        var right = editor.Instance.CurrentLayout.Nodes.Values.Max(p => p.X) + 150;
        Assert.InRange((right * zoom) + editor.Instance.Canvas.Diagram.Pan.X, 0, 1000);
        editor.Find("#canvas-autolayout").Click();

        Assert.Equal(definitionBefore, JsonNode.Parse(_json)!.ToJsonString());
        Assert.Equal(editor.Instance.CurrentLayout.Nodes.Count, JsonNode.Parse(_json)!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public void APublishedVersion_IsShownReadOnly_WithoutPalette()
    {
        var editor = RenderEditor(readOnly: true);

        Assert.Empty(editor.FindAll("#canvas-palette"));
        Select(editor, "firstReview");
        Assert.True(editor.Find("#prop-role").HasAttribute("disabled"));
        Assert.True(CanvasNode(editor, "firstReview").Locked);
        Assert.All(CanvasNode(editor, "firstReview").OutcomePorts, p => Assert.True(p.Locked));
        editor.Find("#canvas-surface").KeyDown(new KeyboardEventArgs { Key = "Delete" });
        Assert.Single(editor.FindAll(".wf-node[data-node='firstReview']"));
    }

    // Without the palette the body's grid must lose the palette's column: a published version's canvas sat in it, 132 px wide.
    [Theory]
    [InlineData(true, new[] { "canvas-surface", "canvas-properties" }, true)]
    [InlineData(false, new[] { "canvas-palette", "canvas-surface", "canvas-properties" }, false)]
    public void TheBody_HasAColumnForEachPartItShows(bool readOnly, string[] parts, bool marked)
    {
        var editor = RenderEditor(readOnly);

        var body = editor.Find("#canvas-editor .wfe-body");
        Assert.Equal(parts, body.Children.Select(c => c.Id));
        Assert.Equal(marked, body.ClassList.Contains("wfe-read-only"));
    }

    [Fact]
    public void ANodeMovedOnTheCanvas_IsSnappedToTheGrid_LeavesTheJsonAlone_AndUndoPutsItBack()
    {
        var editor = RenderEditor();
        var json = _json;
        var before = editor.Instance.CurrentLayout.Nodes["approval"];

        // What the library's DragMovablesBehavior does on pointer up after a drag.
        editor.InvokeAsync(() =>
        {
            var node = CanvasNode(editor, "approval");
            node.SetPosition(before.X + 103, before.Y + 41);
            node.TriggerMoved();
        });

        editor.WaitForAssertion(() => Assert.NotEqual(before, editor.Instance.CurrentLayout.Nodes["approval"]));
        var (x, y) = editor.Instance.CurrentLayout.Nodes["approval"];
        Assert.Equal((0d, 0d), (x % 8, y % 8));
        Assert.Equal(before.X + 104, x);
        Assert.Same(json, _json);

        editor.Find("#canvas-undo").Click();
        Assert.Equal(before, editor.Instance.CurrentLayout.Nodes["approval"]);
        var model = CanvasNode(editor, "approval");
        Assert.Equal((before.X, before.Y), (model.Position.X, model.Position.Y));
    }
}
