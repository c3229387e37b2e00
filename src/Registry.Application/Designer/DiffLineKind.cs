namespace Registry.Application.Designer;

/// <summary>What happened to a line between two texts.</summary>
public enum DiffLineKind
{
    /// <summary>In both texts.</summary>
    Kept,

    /// <summary>Only in the old text.</summary>
    Removed,

    /// <summary>Only in the new text.</summary>
    Added,
}
