namespace Registry.Designer.Canvas;

/// <summary>Where a case stands on a node of the drawn diagram.</summary>
public enum DiagramNodeState
{
    /// <summary>Not reached (or no case: the designer's view).</summary>
    Pending,

    /// <summary>The journal shows the node ran or was completed (已办).</summary>
    Done,

    /// <summary>The case waits here now (当前环节).</summary>
    Current,
}
