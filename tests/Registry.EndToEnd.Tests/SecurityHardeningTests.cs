using System.Net;
using Registry.Application.Security;
using Registry.EndToEnd.Tests.Harness;
using Registry.Web.Security;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// Sign-in hardening over real HTTP against the running app: sign-out ends the session on the server, needs the
/// anti-forgery token, one message for every failed sign-in, and the security headers on every response. Each test
/// signs in as a user of its own, so changing a security stamp or locking an account touches no other test.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class SecurityHardeningTests(BrowserFixture fixture)
{
    private async Task<string> NewUserAsync(string prefix)
    {
        var name = $"{prefix}{Guid.NewGuid():N}"[..20];
        await AppServices.AddUserAsync(fixture.App.DatabasePath, name, "测试员", RegistryRoles.FirstReview);
        return name;
    }

    private async Task<HttpSession> SignedInAsync(string user)
    {
        var session = new HttpSession(fixture.App.BaseAddress);
        using var response = await session.SignInAsync(user, SignIn.DemoPassword);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await HttpSession.LoginErrorAsync(response)}");
        Assert.NotNull(session.AuthCookie);
        return session;
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.App.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"Registry.Auth={cookie}");
        return await client.SendAsync(request);
    }

    private static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location?.ToString().Contains(SecurityServiceCollectionExtensions.LoginPath, StringComparison.Ordinal) == true;

    [Fact]
    public async Task ACookieCopiedBeforeSignOut_IsRefusedAfterwards()
    {
        using var session = await SignedInAsync(await NewUserAsync("copy"));
        var copied = session.AuthCookie!;
        using (var before = await WithCookieAsync(copied, "/"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // the copy works while the session lives
        }

        var token = await session.AntiforgeryTokenAsync();
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))
        using (var signOut = await session.Client.PostAsync(new Uri(AccountEndpoints.LogoutPath, UriKind.Relative), content))
        {
            Assert.True(IsLoginRedirect(signOut), $"sign-out answered {(int)signOut.StatusCode} {signOut.Headers.Location}");
        }

        using var after = await WithCookieAsync(copied, "/");
        Assert.True(IsLoginRedirect(after), $"the copied cookie still answered {(int)after.StatusCode}");
    }

    [Fact]
    public async Task SignOutWithoutTheAntiforgeryToken_IsRefused_AndTheSessionLives()
    {
        using var session = await SignedInAsync(await NewUserAsync("csrf"));

        using (var content = new FormUrlEncodedContent(new Dictionary<string, string>()))
        using (var signOut = await session.Client.PostAsync(new Uri(AccountEndpoints.LogoutPath, UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        }

        using var still = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task ALockedAccount_AWrongPassword_AndAnUnknownUser_GetTheSameMessage()
    {
        var user = await NewUserAsync("lock");
        using var session = new HttpSession(fixture.App.BaseAddress);
        using var unknown = await session.SignInAsync("no-such-user-" + Guid.NewGuid().ToString("N")[..8], SignIn.DemoPassword);
        var unknownMessage = await HttpSession.LoginErrorAsync(unknown);
        string? wrongMessage = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await session.SignInAsync(user, "not-the-password");
            wrongMessage = await HttpSession.LoginErrorAsync(wrong);
        }

        // Five failures lock the account: now even the right password is refused.
        using var locked = await session.SignInAsync(user, SignIn.DemoPassword);
        var lockedMessage = await HttpSession.LoginErrorAsync(locked);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Null(session.AuthCookie);
        Assert.StartsWith("用户名或密码不正确", lockedMessage, StringComparison.Ordinal);
        Assert.Equal(lockedMessage, wrongMessage);
        Assert.Equal(lockedMessage, unknownMessage);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/worklist")]
    public async Task Responses_CarryTheSecurityHeaders_AndNoServerHeader(string path)
    {
        using var session = new HttpSession(fixture.App.BaseAddress);

        using var response = await session.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
        // Plain HTTP in Development: no HSTS (it is sent on HTTPS outside Development only).
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task EachPage_GetsItsOwnScriptNonce_AndTheImportMapCarriesIt()
    {
        using var session = new HttpSession(fixture.App.BaseAddress);

        using var first = await session.GetAsync("/account/login");
        using var second = await session.GetAsync("/account/login");

        var nonce = System.Text.RegularExpressions.Regex.Match(Assert.Single(first.Headers.GetValues("Content-Security-Policy")), "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain(nonce, Assert.Single(second.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html, StringComparison.Ordinal);
    }
}
