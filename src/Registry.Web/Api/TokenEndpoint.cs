using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Registry.Application.Api;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Registry.Web.Api;

/// <summary>
/// <c>POST /connect/token</c> (OAuth 2 client credentials). OpenIddict has checked the client id, its secret and that the
/// scopes asked for are the client's; this issues a token naming the client, with the one scope of its kind.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IEndpointConventionBuilder MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, IssueAsync).DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> IssueAsync(HttpContext http, IApiClientStore clients, IApiJournal journal, TimeProvider time)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "only the client_credentials grant is supported");
        }

        var client = await clients.FindAsync(request.ClientId ?? string.Empty, http.RequestAborted);
        if (client is null || !client.Enabled)
        {
            return Refuse(Errors.InvalidClient, "the client is not registered as an institution or is disabled");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.Name);
        identity.SetScopes(client.Scope);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        await journal.AppendAsync(new ApiJournalEntry(client.ClientId, "token", null, "issued: " + client.Scope, time.GetUtcNow()), http.RequestAborted);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
