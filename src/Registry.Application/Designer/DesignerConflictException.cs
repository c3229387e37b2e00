namespace Registry.Application.Designer;

/// <summary>Someone else changed the same draft first (typically: published it a moment earlier); reload and look again.</summary>
public sealed class DesignerConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened, naming the version and, if known, who got there first.</param>
    /// <param name="inner">The store's error, if any.</param>
    public DesignerConflictException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
