namespace Registry.Domain.Parties;

/// <summary>An identity document number is not valid for its type; carries the field and the structured problem.</summary>
public sealed class IdentityDocumentInvalidException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public IdentityDocumentInvalidException(string field, IdentityDocumentProblem problem)
        : base($"{field}: {problem?.Message}")
    {
        ArgumentNullException.ThrowIfNull(problem);
        Field = field;
        Problem = problem;
    }

    /// <summary>Required by the exception pattern.</summary>
    public IdentityDocumentInvalidException()
        : this("idNumber", new IdentityDocumentProblem(IdentityDocumentType.Other, IdentityDocumentProblemKind.Missing, null, null, null, "identity document number is required"))
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public IdentityDocumentInvalidException(string message)
        : this("idNumber", new IdentityDocumentProblem(IdentityDocumentType.Other, IdentityDocumentProblemKind.Format, null, null, null, message))
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public IdentityDocumentInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "idNumber";
        Problem = new IdentityDocumentProblem(IdentityDocumentType.Other, IdentityDocumentProblemKind.Format, null, null, null, message);
    }

    /// <summary>The field, e.g. <c>parties[0].idNumber</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong, where, and what was expected.</summary>
    public IdentityDocumentProblem Problem { get; }
}
