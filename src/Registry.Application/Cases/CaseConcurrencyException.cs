namespace Registry.Application.Cases;

/// <summary>Someone else changed the case since it was loaded; the save was refused whole.</summary>
public sealed class CaseConcurrencyException : Exception
{
    /// <summary>Creates the exception without details.</summary>
    public CaseConcurrencyException()
        : this("The case was changed by someone else since it was loaded; reload and try again.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CaseConcurrencyException(string message)
        : base(message)
    {
        CaseNumber = string.Empty;
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public CaseConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseNumber = string.Empty;
    }

    private CaseConcurrencyException(string caseNumber, string message, Exception? innerException)
        : base(message, innerException)
    {
        CaseNumber = caseNumber;
    }

    /// <summary>The case that changed; empty when unknown.</summary>
    public string CaseNumber { get; }

    /// <summary>Creates the exception for a case.</summary>
    public static CaseConcurrencyException ForCase(string caseNumber, Exception? innerException = null) =>
        new(caseNumber, $"Case {caseNumber} was changed by someone else since it was loaded; reload and try again.", innerException);
}
