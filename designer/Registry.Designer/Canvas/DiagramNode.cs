namespace Registry.Designer.Canvas;

/// <summary>A node to draw: what it is and, on a case, where the case stands on it.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Kind">Activity kind (<c>humanTask</c>, <c>ruleCheck</c>, …).</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name, if any.</param>
/// <param name="State">Pending, done or current.</param>
public sealed record DiagramNode(string Id, string Kind, string NameZh, string? NameEn, DiagramNodeState State = DiagramNodeState.Pending)
{
    /// <summary>Problems found on the node while editing (shown on it); empty on a case.</summary>
    public IReadOnlyList<string> Issues { get; init; } = [];
}
