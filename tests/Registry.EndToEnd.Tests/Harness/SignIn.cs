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
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#current-user")).ToBeVisibleAsync();
    }
}
