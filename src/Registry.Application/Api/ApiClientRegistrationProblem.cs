namespace Registry.Application.Api;

/// <summary>Why a client registration was refused; the console says each in its own language.</summary>
public enum ApiClientRegistrationProblemKind
{
    /// <summary>The institution's name is missing.</summary>
    NameRequired,

    /// <summary>The name is longer than <see cref="ApiClientRegistration.MaxNameLength"/>.</summary>
    NameTooLong,

    /// <summary>Not a unified social credit code (length, characters or check character).</summary>
    CreditCodeInvalid,

    /// <summary>The institution is already registered as a client of this kind.</summary>
    AlreadyRegistered,

    /// <summary>Not an absolute http(s) URL, or too long.</summary>
    WebhookUrlInvalid,
}

/// <summary>One problem of a registration.</summary>
/// <param name="Field"><c>name</c>, <c>idNumber</c> or <c>webhookUrl</c>.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">What is wrong, in English (logs).</param>
public sealed record ApiClientRegistrationProblem(string Field, ApiClientRegistrationProblemKind Kind, string Message);
