using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>Signs a page in through the real sign-in form, as a person would.</summary>
public static class SignIn
{
    /// <summary>The demo password (Registry.Application.Security.DemoUsers.Password).</summary>
    public const string DemoPassword = Registry.Application.Security.DemoUsers.Password;

    /// <summary>
    /// Opens the sign-in page (optionally with a return path), submits the form, and waits for the page it lands on to be
    /// interactive.
    /// </summary>
    public static async Task AsAsync(IPage page, string userName, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        await page.GotoAsync(url);
        await page.Locator("#login-user").FillAsync(userName);
        await page.Locator("#login-password").FillAsync(DemoPassword);
        await page.Locator("#login-submit").ClickAsync();
        // The sign-in page is static: the form post redirects to a full page load of an interactive page.
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await Circuit.ReadyAsync(page);
        await Assertions.Expect(page.Locator("#current-user")).ToBeVisibleAsync();
    }
}
