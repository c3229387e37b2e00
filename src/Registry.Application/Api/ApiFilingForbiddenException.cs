using Registry.Application.Intake;

namespace Registry.Application.Api;

/// <summary>The client's scope does not allow this application; nothing was saved.</summary>
public sealed class ApiFilingForbiddenException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ApiFilingForbiddenException(IReadOnlyList<AcceptanceProblem> problems)
        : base("forbidden: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
    {
        Problems = problems;
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiFilingForbiddenException()
        : this([new AcceptanceProblem("application", "forbidden")])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiFilingForbiddenException(string message)
        : this([new AcceptanceProblem("application", message)])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiFilingForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new AcceptanceProblem("application", message)];
    }

    /// <summary>What is not allowed, by field.</summary>
    public IReadOnlyList<AcceptanceProblem> Problems { get; }
}
