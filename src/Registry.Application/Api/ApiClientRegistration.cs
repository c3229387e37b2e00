using System.Security.Cryptography;
using Registry.Application.Security;
using Registry.Domain.Codes;

namespace Registry.Application.Api;

/// <summary>
/// The business admin registers institutions as API clients (接入机构登记): checks the role and the fields, creates the
/// OAuth application (client credentials, the one scope of its kind) and stores the institution with its webhook.
/// </summary>
public sealed class ApiClientRegistration(IApiClientStore clients, IApiCredentials credentials, TimeProvider time)
{
    /// <summary>Longest institution name (a party name's limit).</summary>
    public const int MaxNameLength = 100;

    /// <summary>Longest webhook URL.</summary>
    public const int MaxWebhookUrlLength = 500;

    /// <summary>Every registered client, newest first, for a business admin.</summary>
    /// <exception cref="UnauthorizedAccessException">Not a business admin.</exception>
    public Task<IReadOnlyList<ApiClient>> ListAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        Require(roles);
        return clients.ListAsync(cancellationToken);
    }

    /// <summary>Registers <paramref name="request"/> for <paramref name="actor"/>.</summary>
    /// <exception cref="UnauthorizedAccessException">Not a business admin.</exception>
    /// <exception cref="ApiClientRegistrationRefusedException">A field is wrong, or the institution is already a client.</exception>
    public async Task<RegisteredApiClient> RegisterAsync(ApiClientRegistrationRequest request, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        Require(roles);
        var problems = new List<ApiClientRegistrationProblem>();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            problems.Add(new("name", ApiClientRegistrationProblemKind.NameRequired, "the institution's name is required"));
        }
        else if (name.Length > MaxNameLength)
        {
            problems.Add(new("name", ApiClientRegistrationProblemKind.NameTooLong, $"at most {MaxNameLength} characters"));
        }

        if (!UnifiedSocialCreditCode.TryParse(request.IdNumber?.Trim(), out var code, out var error))
        {
            problems.Add(new("idNumber", ApiClientRegistrationProblemKind.CreditCodeInvalid, error ?? "not a unified social credit code"));
        }

        Uri? webhook = null;
        if (!string.IsNullOrWhiteSpace(request.WebhookUrl)
            && (request.WebhookUrl.Length > MaxWebhookUrlLength
                || !Uri.TryCreate(request.WebhookUrl.Trim(), UriKind.Absolute, out webhook)
                || webhook.Scheme is not ("http" or "https")))
        {
            problems.Add(new("webhookUrl", ApiClientRegistrationProblemKind.WebhookUrlInvalid, "an absolute http(s) URL of at most 500 characters"));
        }

        var clientId = code is null ? string.Empty : $"{(request.Kind == ApiClientKind.Court ? "court" : "bank")}-{code.Value.ToLowerInvariant()}";
        if (problems.Count == 0 && (await clients.FindAsync(clientId, cancellationToken) is not null || await credentials.ExistsAsync(clientId, cancellationToken)))
        {
            problems.Add(new("idNumber", ApiClientRegistrationProblemKind.AlreadyRegistered, $"{code!.Value} is already registered as client {clientId}"));
        }

        if (problems.Count > 0)
        {
            throw new ApiClientRegistrationRefusedException(problems);
        }

        var secret = NewSecret();
        var client = new ApiClient(clientId, request.Kind, name, code!.Value, webhook, NewSecret(), Enabled: true, time.GetUtcNow(), actor);
        await credentials.CreateAsync(clientId, name, secret, client.Scope, cancellationToken);
        await clients.AddAsync(client, cancellationToken);
        return new RegisteredApiClient(client, secret);
    }

    private static void Require(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!roles.Contains(RegistryRoles.BusinessAdmin))
        {
            throw new UnauthorizedAccessException($"Registering API clients needs the {RegistryRoles.BusinessAdmin} role.");
        }
    }

    // 256 random bits, URL-safe: a client secret and a webhook key.
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
