using OpenIddict.Abstractions;
using Registry.Application.Api;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Registry.Web.Api;

/// <summary>API clients' OAuth applications in OpenIddict's store: confidential, client credentials at the token endpoint, one scope.</summary>
internal sealed class OpenIddictApiCredentials(IOpenIddictApplicationManager applications) : IApiCredentials
{
    public async Task CreateAsync(string clientId, string displayName, string clientSecret, string scope, CancellationToken cancellationToken = default)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    public async Task<bool> ExistsAsync(string clientId, CancellationToken cancellationToken = default) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is not null;
}
