namespace Registry.Application.Api;

/// <summary>The registration is wrong or the institution is already registered; the problems are named by field and nothing was saved.</summary>
public sealed class ApiClientRegistrationRefusedException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ApiClientRegistrationRefusedException(IReadOnlyList<ApiClientRegistrationProblem> problems)
        : base(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
    {
        Problems = problems;
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiClientRegistrationRefusedException()
        : this([new ApiClientRegistrationProblem("client", ApiClientRegistrationProblemKind.NameRequired, "refused")])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiClientRegistrationRefusedException(string message)
        : this([new ApiClientRegistrationProblem("client", ApiClientRegistrationProblemKind.NameRequired, message)])
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public ApiClientRegistrationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ApiClientRegistrationProblem("client", ApiClientRegistrationProblemKind.NameRequired, message)];
    }

    /// <summary>Every problem, by field (<c>name</c>, <c>idNumber</c>, <c>webhookUrl</c>).</summary>
    public IReadOnlyList<ApiClientRegistrationProblem> Problems { get; }
}
