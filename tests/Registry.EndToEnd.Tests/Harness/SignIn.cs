using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>Signs a page in through the real sign-in form, as a person would.</summary>
public static class SignIn
{
    /// <summary>The demo password (Registry.Application.Security.DemoUsers.Password).</summary>
    public const string DemoPassword = Registry.Application.Security.DemoUsers.Password;

    /// <summary>Opens the sign-in page (optionally with a return path), submits the form and waits to leave it.</summary>
    public static async Task AsAsync(IPage page, string userName, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = returnUrl is null ? "/account/login" : $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        await page.GotoAsync(url);
        await page.Locator("#login-user").FillAsync(userName);
        await page.Locator("#login-password").FillAsync(DemoPassword);
        await page.Locator("#login-submit").ClickAsync();
        // Wait for the redirect to commit, not for the next page's load event: under CI load the interactive page's
        // load can take longer than the default timeout, and the user menu check below waits for the page itself.
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#current-user")).ToBeVisibleAsync();
    }
}
