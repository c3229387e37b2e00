namespace Registry.Application.Api;

/// <summary>A newly registered client with its secrets, shown once to the admin and never again.</summary>
/// <param name="Client">The client as stored.</param>
/// <param name="ClientSecret">The OAuth client secret (stored hashed by the token server).</param>
public sealed record RegisteredApiClient(ApiClient Client, string ClientSecret);
