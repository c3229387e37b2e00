namespace Registry.Application.Api;

/// <summary>The token server's side of a client: its OAuth application with the client-credentials grant and one scope.</summary>
public interface IApiCredentials
{
    /// <summary>Creates the OAuth application for <paramref name="clientId"/> with <paramref name="clientSecret"/> and <paramref name="scope"/>.</summary>
    Task CreateAsync(string clientId, string displayName, string clientSecret, string scope, CancellationToken cancellationToken = default);

    /// <summary>True when an OAuth application with <paramref name="clientId"/> exists.</summary>
    Task<bool> ExistsAsync(string clientId, CancellationToken cancellationToken = default);
}
