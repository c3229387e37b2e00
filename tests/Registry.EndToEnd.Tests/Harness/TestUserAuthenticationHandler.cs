using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.Security;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// For the sample-register host only (it has no database, so no Identity store): every request is a signed-in
/// recorder. Sign-in itself is tested against the real app in <c>SignInTests</c>.
/// </summary>
internal sealed class TestUserAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SampleUser";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "sample"), new Claim(ClaimTypes.Role, RegistryRoles.Recorder)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
