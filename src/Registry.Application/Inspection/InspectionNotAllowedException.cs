namespace Registry.Application.Inspection;

/// <summary>The acting person may not do this (wrong role, not the named examiner, wrong state).</summary>
public sealed class InspectionNotAllowedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InspectionNotAllowedException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionNotAllowedException()
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public InspectionNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
