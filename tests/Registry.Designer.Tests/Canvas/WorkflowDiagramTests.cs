using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Designer.Canvas;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Tests.Canvas;

/// <summary>What the read-only canvas draws for a case on the shipped resale workflow.</summary>
public sealed partial class WorkflowDiagramTests : BunitContext
{
    public WorkflowDiagramTests()
    {
        Use("zh-CN");
        Services.AddLocalization();
    }

    private static string Root([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static WorkflowDefinition Resale() =>
        new WorkflowDefinitionJson().Read(File.ReadAllText(Path.Combine(Root(), "workflows", "house-transfer-resale.json")), "house-transfer-resale.json");

    private static void Use(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    // A case past acceptance and first review, waiting at the parallel branches: done, current, pending, and the path.
    private IRenderedComponent<WorkflowDiagram> RenderCase(WorkflowLayout? layout)
    {
        var definition = Resale();
        string[] done = ["acceptance", "intakeCheck", "firstReview", "split"];
        string[] current = ["tradeCheck", "taxPaid"];
        var nodes = definition.Nodes.Select(n => new DiagramNode(n.Id, n.Kind, n.Name.Zh, n.Name.En,
            current.Contains(n.Id) ? DiagramNodeState.Current : done.Contains(n.Id) ? DiagramNodeState.Done : DiagramNodeState.Pending)).ToList();
        var taken = new HashSet<(string, string)> { ("acceptance", "intakeCheck"), ("firstReview", "split"), ("split", "tradeCheck"), ("split", "taxPaid") };
        var edges = definition.Transitions.Select(t => new DiagramEdge(t.From, t.To, t.Outcome, taken.Contains((t.From, t.To)), t.Condition)).ToList();
        return Render<WorkflowDiagram>(p => p
            .Add(c => c.Nodes, nodes).Add(c => c.Edges, edges).Add(c => c.Layout, layout)
            .Add(c => c.StartNodeId, definition.StartNodeId).Add(c => c.ShowLegend, true));
    }

    [Fact]
    public void ACase_DrawsEveryNodeAndTransition_WithCurrentDoneAndPendingClasses()
    {
        var definition = Resale();
        var diagram = RenderCase(null);

        Assert.Equal(definition.Nodes.Length, diagram.FindAll("g.wf-node").Count);
        Assert.Equal(definition.Transitions.Length, diagram.FindAll("g.wf-edge").Count);
        Assert.Equal(["taxPaid", "tradeCheck"], diagram.FindAll("g.wf-node.node-current").Select(n => n.GetAttribute("data-node")).Order(StringComparer.Ordinal));
        Assert.Equal(["acceptance", "firstReview", "intakeCheck", "split"], diagram.FindAll("g.wf-node.node-done").Select(n => n.GetAttribute("data-node")).Order(StringComparer.Ordinal));
        Assert.Equal(definition.Nodes.Length - 6, diagram.FindAll("g.wf-node.node-pending").Count);
        Assert.All(diagram.FindAll("g.node-current"), n => Assert.Equal("step", n.GetAttribute("aria-current")));
        Assert.Equal(4, diagram.FindAll("g.wf-node.node-done text.wf-node-mark").Count);
        Assert.Single(diagram.FindAll("g.node-start[data-node='acceptance']"));
    }

    [Fact]
    public void ThePathTaken_IsTraced_AndOnlyIt()
    {
        var diagram = RenderCase(null);

        var traced = diagram.FindAll("g.wf-edge.edge-taken").Select(e => $"{e.GetAttribute("data-from")}>{e.GetAttribute("data-to")}").Order(StringComparer.Ordinal);
        Assert.Equal(["acceptance>intakeCheck", "firstReview>split", "split>taxPaid", "split>tradeCheck"], traced);
        Assert.All(diagram.FindAll("g.wf-edge.edge-taken path"), p => Assert.Contains("-arrow-taken", p.GetAttribute("marker-end"), StringComparison.Ordinal));
    }

    [Fact]
    public void InChinese_NamesKindsAndOutcomesAreChinese_AndInEnglishEnglish()
    {
        var zh = RenderCase(null);
        Assert.Equal("初审", zh.Find("g[data-node='firstReview'] .wf-node-name").TextContent);
        Assert.Equal("人工环节", zh.Find("g[data-node='firstReview'] .wf-node-kind").TextContent);
        Assert.Contains(zh.FindAll("g.wf-edge[data-outcome='reject'] .wf-edge-label"), l => l.TextContent == "不予登记");
        Assert.Contains("当前环节", zh.Find(".wf-legend").TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(AsciiWord(), string.Concat(zh.FindAll(".wf-node-name, .wf-node-kind, .wf-edge-label, .wf-legend").Select(e => e.TextContent)));

        Use("en-US");
        var en = RenderCase(null);
        Assert.Equal("First review", en.Find("g[data-node='firstReview'] .wf-node-name").TextContent);
        Assert.Equal("Human task", en.Find("g[data-node='firstReview'] .wf-node-kind").TextContent);
        Assert.Contains(en.FindAll("g.wf-edge[data-outcome='reject'] .wf-edge-label"), l => l.TextContent == "reject");
        Assert.Contains("Path taken", en.Find(".wf-legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAStoredLayout_NodesAreLaidOutInLayers_LeftToRight_WithoutOverlap()
    {
        var diagram = RenderCase(null);
        var boxes = diagram.FindAll("g.wf-node").ToDictionary(n => n.GetAttribute("data-node")!, n => Position(n.GetAttribute("transform")!));

        Assert.Equal(boxes.Count, boxes.Values.Distinct().Count());
        Assert.True(boxes["acceptance"].X < boxes["intakeCheck"].X);
        Assert.True(boxes["split"].X < boxes["tradeCheck"].X);
        Assert.Equal(boxes["tradeCheck"].X, boxes["taxPaid"].X);
        Assert.True(boxes["join"].X > boxes["registrationReview"].X);
        Assert.True(boxes["record"].X > boxes["approval"].X);
    }

    [Fact]
    public void AStoredLayout_IsUsed_AndANodeMissingFromItIsPlacedAutomatically()
    {
        var stored = WorkflowLayout.Parse(File.ReadAllText(Path.Combine(Root(), "workflows", "house-transfer-resale.layout.json")));
        var partial = stored with { Nodes = stored.Nodes.Where(p => p.Key != "rejected").ToDictionary() };

        var diagram = RenderCase(partial);

        Assert.Equal("translate(40 200)", diagram.Find("g[data-node='acceptance']").GetAttribute("transform"));
        Assert.Equal("translate(1740 200)", diagram.Find("g[data-node='completed']").GetAttribute("transform"));
        Assert.NotNull(diagram.Find("g[data-node='rejected']").GetAttribute("transform"));
    }

    [Fact]
    public void ALayout_RoundTripsThroughItsJson()
    {
        var layout = new WorkflowLayout("x", new Dictionary<string, CanvasPoint> { ["a"] = new(10.4, 20.6), ["b"] = new(300, 40) });

        var again = WorkflowLayout.Parse(layout.ToJson());

        Assert.Equal("x", again.DefinitionId);
        Assert.Equal(new CanvasPoint(10, 21), again.Nodes["a"]);
        Assert.Equal(new CanvasPoint(300, 40), again.Nodes["b"]);
    }

    private static (double X, double Y) Position(string transform)
    {
        var m = Translate().Match(transform);
        return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"translate\(([-\d.]+) ([-\d.]+)\)")]
    private static partial Regex Translate();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex AsciiWord();
}
