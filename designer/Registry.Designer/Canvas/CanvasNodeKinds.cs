using Registry.Application.Security;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Canvas;

/// <summary>
/// The node kinds the canvas offers, with their typed inputs and outcomes: the one place the palette and the property
/// panel read. Written from the definition schema (<c>workflows/workflow-definition.schema.json</c>) and the engine's
/// activities because the engine has no activity descriptors yet (issue 15 item 1); when it does, this list is built
/// from them instead and nothing else in the canvas changes.
/// </summary>
public static class CanvasNodeKinds
{
    /// <summary>The human task's outcomes allowed by the schema.</summary>
    public static readonly IReadOnlyList<string> HumanOutcomes = [Outcomes.Approve, Outcomes.Return, Outcomes.Reject, Outcomes.Suspend];

    /// <summary>The roles a human task may be given (the office's examination roles).</summary>
    public static readonly IReadOnlyList<string> Roles =
        [RegistryRoles.Acceptor, RegistryRoles.FirstReview, RegistryRoles.SecondReview, RegistryRoles.Approver, RegistryRoles.Recorder];

    /// <summary>Every kind, in palette order.</summary>
    public static readonly IReadOnlyList<CanvasNodeKind> All =
    [
        new(ActivityKinds.HumanTask,
            [new("role", CanvasInputType.Role, Required: true), new("outcomes", CanvasInputType.Outcomes, Required: true, HumanOutcomes), new("opinionRequired", CanvasInputType.Flag)],
            null, """{"role":"first-review","outcomes":["approve","return","reject"],"opinionRequired":true}"""),
        new(ActivityKinds.RuleCheck, [new("ruleSet", CanvasInputType.RuleSet, Required: true)], [Outcomes.Pass, Outcomes.Warn, Outcomes.Block], """{"ruleSet":""}"""),
        new(ActivityKinds.AutoDecision, [new("ruleSet", CanvasInputType.RuleSet, Required: true)], [Outcomes.Approve, Outcomes.Manual], """{"ruleSet":""}"""),
        new(ActivityKinds.ParallelSplit, [], [Outcomes.Done], "{}"),
        new(ActivityKinds.Join, [], [Outcomes.Done], "{}"),
        new(ActivityKinds.Wait,
            [new("signal", CanvasInputType.Signal), new("afterWorkingDays", CanvasInputType.WorkingDays), new("clockEffect", CanvasInputType.Choice, Choices: ["paused", "running"])],
            [Outcomes.Done, Outcomes.Timeout], """{"signal":""}"""),
        new(Registry.Application.Activities.RegistrationActivityKinds.Record, [new("effect", CanvasInputType.Text)], [Outcomes.Done], "{}"),
        new(Registry.Application.Activities.RegistrationActivityKinds.Certificate, [new("certificateKind", CanvasInputType.Text)], [Outcomes.Done], "{}"),
        new(ActivityKinds.Notify, [new("template", CanvasInputType.Text)], [Outcomes.Done], "{}"),
        new(ActivityKinds.End, [new("result", CanvasInputType.Choice, Choices: ["completed", "rejected", "withdrawn"])], [], """{"result":"completed"}"""),
    ];

    /// <summary>The kind's description, or null for a kind the canvas does not know.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The description or null.</returns>
    public static CanvasNodeKind? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
