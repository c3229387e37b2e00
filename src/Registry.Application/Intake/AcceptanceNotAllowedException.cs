namespace Registry.Application.Intake;

/// <summary>The person submitting does not hold the acceptor role (受理); nothing was saved.</summary>
public sealed class AcceptanceNotAllowedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AcceptanceNotAllowedException()
        : base("only a member of staff with the acceptor role (受理) may accept applications")
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public AcceptanceNotAllowedException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public AcceptanceNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
