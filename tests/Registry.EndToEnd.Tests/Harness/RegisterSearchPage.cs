using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>The register search page's search box, driven as a person would but safe against a script's speed.</summary>
public static class RegisterSearchPage
{
    /// <summary>
    /// Types <paramref name="text"/> and searches until the address carries the query. MudTextField hands typed text to
    /// its binding asynchronously, so a click that follows the fill within milliseconds (as only a script does) can reach
    /// the server first and search the old text, leaving the address alone; the search is then pressed again, up to
    /// three times. Two register tests failed this way about once in seven runs before.
    /// </summary>
    public static async Task SearchAsync(IPage page, string text)
    {
        await page.Locator("#register-search-text").FillAsync(text);
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("#register-search-button").ClickAsync();
            try
            {
                await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
}
