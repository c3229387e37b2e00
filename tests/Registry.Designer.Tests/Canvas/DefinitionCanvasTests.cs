using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Geometry;
using Registry.Designer.Canvas;

namespace Registry.Designer.Tests.Canvas;

/// <summary>The adapter alone, without rendering: the library's model it builds from a scene, and the events it raises.</summary>
public sealed class DefinitionCanvasTests
{
    // 受理 (approve/return) → 审查 (done) → 办结; 受理's return loops to itself.
    private static CanvasScene Scene() => new(
        [new DiagramNode("intake", "humanTask", "受理", "Intake"), new DiagramNode("check", "ruleCheck", "审查", null) { Issues = ["no rule set"] }, new DiagramNode("done", "end", "办结", null)],
        [new DiagramEdge("intake", "check", "approve"), new DiagramEdge("intake", "intake", "return"), new DiagramEdge("check", "done", null)],
        new Dictionary<string, CanvasPoint> { ["intake"] = new(24, 72), ["check"] = new(224, 72), ["done"] = new(424, 72) },
        "intake",
        id => id switch { "intake" => ["approve", "return"], "check" => ["done"], _ => [] })
    {
        OutcomeLabel = o => o is null or "done" ? null : $"«{o}»",
    };

    [Fact]
    public void Load_BuildsANodePerNode_APortPerOutcome_AndALabelledLinkPerTransition_FromItsPort()
    {
        using var canvas = new DefinitionCanvas(readOnly: false);
        canvas.Load(Scene());

        Assert.Equal(["intake", "check", "done"], canvas.Diagram.Nodes.OfType<DefinitionNodeModel>().Select(n => n.Node.Id));
        var intake = canvas.Nodes["intake"];
        Assert.True(intake.IsStart);
        Assert.Equal((24d, 72d), (intake.Position.X, intake.Position.Y));
        Assert.Equal(["approve", "return"], intake.OutcomePorts.Select(p => p.Outcome));
        Assert.Equal(["no rule set"], canvas.Nodes["check"].Node.Issues);
        Assert.Empty(canvas.Nodes["done"].Ports);

        Assert.Equal([0, 1, 2], canvas.Links.Select(l => l.Index));
        var approve = canvas.Links[0];
        Assert.Same(intake.OutcomePorts.First(), Assert.IsType<SinglePortAnchor>(approve.Source).Port);
        Assert.Same(canvas.Nodes["check"], approve.Target.Model);
        Assert.Equal("«approve»", Assert.Single(approve.Labels).Content);
        Assert.Equal("transition:intake:approve:check:0", approve.Id);
        Assert.Empty(canvas.Links[2].Labels);
        Assert.False(intake.Locked);
    }

    [Fact]
    public void AReadOnlyCanvas_LocksNodesPortsAndLinks_AndDragsNoNewLink()
    {
        using var canvas = new DefinitionCanvas(readOnly: true);
        canvas.Load(Scene());

        Assert.All(canvas.Nodes.Values, n => Assert.True(n.Locked));
        Assert.All(canvas.Nodes.Values.SelectMany(n => n.OutcomePorts), p => Assert.True(p.Locked));
        Assert.All(canvas.Links, l => Assert.True(l.Locked));
        Assert.Null(canvas.Diagram.Options.Links.Factory(canvas.Diagram, canvas.Nodes["intake"].OutcomePorts.First(), new PositionAnchor(new Point(0, 0))));
    }

    [Fact]
    public void RemovingANode_RaisesItsRemovalOnly_NotItsLinks_AndReloadingRaisesNothing()
    {
        using var canvas = new DefinitionCanvas(readOnly: false);
        canvas.Load(Scene());
        var events = new List<string>();
        canvas.NodeRemoved += id => events.Add($"node {id}");
        canvas.TransitionRemoved += i => events.Add($"transition {i}");
        canvas.NodeMoved += (id, at) => events.Add($"moved {id} {at.X},{at.Y}");

        canvas.Load(Scene());
        Assert.Empty(events);

        canvas.Diagram.SelectModel(canvas.Nodes["check"], true);
        canvas.RemoveSelected();
        Assert.Equal(["node check"], events);

        events.Clear();
        canvas.Diagram.SelectModel(canvas.Links[1], true);
        canvas.RemoveSelected();
        Assert.Equal(["transition 1"], events);

        events.Clear();
        var intake = canvas.Nodes["intake"];
        intake.SetPosition(37, 85);
        intake.TriggerMoved();
        Assert.Equal(["moved intake 40,88"], events);
    }

    [Fact]
    public void AnOutcomePort_AttachesToAnyNode_ButNotToItself()
    {
        using var canvas = new DefinitionCanvas(readOnly: false);
        canvas.Load(Scene());
        var port = canvas.Nodes["intake"].OutcomePorts.First();

        Assert.True(port.CanAttachTo(canvas.Nodes["done"]));
        Assert.True(port.CanAttachTo(canvas.Nodes["intake"]));
        Assert.True(port.CanAttachTo(canvas.Nodes["check"].OutcomePorts.First()));
        Assert.False(port.CanAttachTo(port));
    }
}
