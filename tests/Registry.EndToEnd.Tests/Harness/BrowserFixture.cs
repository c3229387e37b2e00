using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// The built app as a child process (<see cref="RegistryApp"/>) plus a headless Chromium.
/// One per test collection; each test opens its own context and page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private RegistryApp? _app;
    private PlaywrightSession? _session;

    public RegistryApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        // The public progress page's look-ups are limited per address; every browser test posts from 127.0.0.1, so the
        // window is widened so the progress and rating stories together stay under it (no browser test covers the 429).
        _app = await RegistryApp.StartAsync(new Dictionary<string, string> { ["Progress__PermitsPerWindow"] = "100" });
        _session = await PlaywrightSession.StartAsync(_app.BaseAddress);
    }

    public Task<IPage> NewPageAsync() => (_session ?? throw new InvalidOperationException("Not started.")).NewPageAsync();

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
