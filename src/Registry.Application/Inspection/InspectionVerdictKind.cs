namespace Registry.Application.Inspection;

/// <summary>Overall verdict of an inspected case.</summary>
public enum InspectionVerdictKind
{
    /// <summary>合格: every checklist item passed.</summary>
    Pass,

    /// <summary>不合格: at least one item failed; the failing items go for rectification (整改).</summary>
    Fail,
}
