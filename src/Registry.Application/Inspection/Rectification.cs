namespace Registry.Application.Inspection;

/// <summary>A rectification (整改): the failing items of a verdict sent to the responsible examiner, and what followed.</summary>
/// <param name="Id">Rectification id.</param>
/// <param name="SampleId">The sample.</param>
/// <param name="CaseNumber">The case.</param>
/// <param name="VerdictRevision">The 不合格 verdict that raised it.</param>
/// <param name="Assignee">The examiner who must answer (user name).</param>
/// <param name="Items">The failing items.</param>
/// <param name="Events">Events in order; the first is <see cref="RectificationEventKind.Sent"/>.</param>
public sealed record Rectification(
    Guid Id,
    Guid SampleId,
    string CaseNumber,
    int VerdictRevision,
    string Assignee,
    IReadOnlyList<InspectionItem> Items,
    IReadOnlyList<RectificationEvent> Events)
{
    /// <summary>Where it stands, from the last event.</summary>
    public RectificationState State => Events.Count == 0 ? RectificationState.Open : Events[^1].Kind switch
    {
        RectificationEventKind.Answered => RectificationState.Answered,
        RectificationEventKind.Closed => RectificationState.Closed,
        _ => RectificationState.Open,
    };

    /// <summary>Sequence of the last event (what an action on it must expect).</summary>
    public int LastSequence => Events.Count == 0 ? 0 : Events[^1].Sequence;
}
