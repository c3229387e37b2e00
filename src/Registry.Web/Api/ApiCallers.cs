using System.Security.Claims;
using OpenIddict.Abstractions;
using Registry.Application.Api;

namespace Registry.Web.Api;

/// <summary>The calling client behind a validated access token, or the problem that refuses it.</summary>
internal sealed class ApiCallers(IApiClientStore clients)
{
    public async Task<(ApiClient? Client, IResult? Problem)> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var clientId = principal.GetClaim(OpenIddictConstants.Claims.Subject);
        var client = string.IsNullOrEmpty(clientId) ? null : await clients.FindAsync(clientId, cancellationToken);
        if (client is null || !client.Enabled)
        {
            return (null, ApiProblems.Field("client_id", $"client '{clientId}' is not registered or is disabled", StatusCodes.Status403Forbidden, "Unknown client", "unknown-client"));
        }

        if (!principal.HasScope(client.Scope))
        {
            return (null, ApiProblems.Field("scope", $"the access token does not carry scope {client.Scope}", StatusCodes.Status403Forbidden, "Insufficient scope", "insufficient-scope"));
        }

        return (client, null);
    }
}
