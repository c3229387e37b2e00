using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Registry.Application.Security;
using Registry.Web.Security;

namespace Registry.EndToEnd.Tests;

/// <summary>Sign-in against the real app and its Identity tables, with the demo users the README lists.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnonymousVisitToTheRegister_IsSentToSignIn_AndReturnsThereAfterwards()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/register");

        await page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
        Assert.Contains("ReturnUrl=%2Fregister", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Screenshots.SaveAsync(page, "sign-in");

        await page.Locator("#login-user").FillAsync("reviewer1");
        await page.Locator("#login-password").FillAsync(SignIn.DemoPassword);
        await page.Locator("#login-submit").ClickAsync();

        await page.WaitForURLAsync(u => u.EndsWith("/register", StringComparison.Ordinal));
        await Circuit.ReadyAsync(page);
        await Assertions.Expect(page.Locator("#current-user")).ToHaveTextAsync("王芳");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPassword_IsRefusedWithAMessage_AndNoCookieIsSet()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.Locator("#login-user").FillAsync("acceptor");
        await page.Locator("#login-password").FillAsync("not-the-password");
        await page.Locator("#login-submit").ClickAsync();

        // The same words for a wrong password, an unknown user and a locked account (no account enumeration).
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync("用户名或密码不正确，或账户因连续登录失败已暂时锁定（5 次失败锁定 15 分钟）。");
        var cookies = await page.Context.CookiesAsync();
        Assert.DoesNotContain(cookies, c => c.Name == "Registry.Auth");
        await Screenshots.SaveAsync(page, "sign-in-failed-zh");

        await page.GotoAsync("/culture/set?culture=en&redirectUri=%2Faccount%2Flogin");
        await page.Locator("#login-user").FillAsync("no-such-user");
        await page.Locator("#login-password").FillAsync("not-the-password");
        await page.Locator("#login-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToHaveTextAsync(
            "User name or password is incorrect, or the account is locked for a while after repeated failures (5 failures lock it for 15 minutes).");
        await Screenshots.SaveAsync(page, "sign-in-failed-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryDemoUser_SignsIn_AndSeesTheirNameAndRole_ThenSignsOut()
    {
        foreach (var user in DemoUsers.All)
        {
            var page = await fixture.NewPageAsync();
            await SignIn.AsAsync(page, user.UserName);

            await Assertions.Expect(page.Locator("#current-user")).ToHaveTextAsync(user.DisplayName);
            await Assertions.Expect(page.Locator(".user-roles")).Not.ToBeEmptyAsync();

            await page.Locator("#logout-button").ClickAsync();
            await page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
            await page.GotoAsync("/");
            await page.WaitForURLAsync(u => u.Contains("/account/login", StringComparison.Ordinal));
            await page.Context.CloseAsync();
        }
    }
}
