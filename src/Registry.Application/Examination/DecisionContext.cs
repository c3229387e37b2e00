namespace Registry.Application.Examination;

/// <summary>What the decision form knows about the task being decided.</summary>
/// <param name="AllowedKinds">The outcomes the task's definition allows.</param>
/// <param name="OpinionRequired">The definition requires an opinion for this task.</param>
/// <param name="ReturnTargets">Earlier task nodes a return may go to (id and display name), most recent first.</param>
public sealed record DecisionContext(
    IReadOnlySet<DecisionKind> AllowedKinds,
    bool OpinionRequired,
    IReadOnlyList<ReturnTarget> ReturnTargets);

/// <summary>An earlier step a case can be returned to.</summary>
/// <param name="NodeId">Workflow node id.</param>
/// <param name="Name">Display name (e.g. 受理（补正）).</param>
public sealed record ReturnTarget(string NodeId, string Name);
