using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// Waits for the Blazor Server circuit before a test touches a page: MainLayout renders <c>#circuit-ready</c> (hidden)
/// once its first interactive render has reached the browser, so a click after it lands on an attached handler.
/// Every full page load (address typed, reload, sign-in redirect, culture switch) starts a new circuit: wait again.
/// Links followed inside the app keep the circuit (and the marker).
/// </summary>
public static class Circuit
{
    public const string ReadySelector = "#circuit-ready";

    /// <summary>A cold start on a loaded machine (first circuit, JIT, first queries) can take well over the 15 s default.</summary>
    private const float ReadyTimeout = 45_000;

    /// <summary>Waits until the page's circuit is interactive; the marker is hidden, so wait for it in the DOM.</summary>
    public static Task ReadyAsync(IPage page) =>
        page.Locator(ReadySelector).WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = ReadyTimeout });

    /// <summary>Loads an interactive page from its address and waits for its circuit.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await ReadyAsync(page);
    }

    /// <summary>Reloads the page (a new circuit, fresh data) and waits for it.</summary>
    public static async Task ReloadAsync(IPage page)
    {
        await page.ReloadAsync();
        await ReadyAsync(page);
    }
}
