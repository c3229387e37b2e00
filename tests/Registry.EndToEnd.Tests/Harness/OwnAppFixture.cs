using Microsoft.Playwright;
using Registry.Application.Security;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// A second app with its own fresh database and Chromium, for the tests that decide cases: decisions move demo cases
/// out of the worklist and change the register, which the tests on <see cref="BrowserFixture"/> read as seeded.
/// Adds a user holding both review roles (offices do have such staff; the demo has one person per role).
/// </summary>
public sealed class OwnAppFixture : IAsyncLifetime
{
    /// <summary>The added user with both the first and the second review role.</summary>
    public const string DualReviewer = "examiner2";

    private readonly Queue<string> _demoCases = new();
    private RegistryApp? _app;
    private PlaywrightSession? _session;

    public RegistryApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _app = await RegistryApp.StartAsync();
        _session = await PlaywrightSession.StartAsync(_app.BaseAddress);
        await AppServices.AddUserAsync(_app.DatabasePath, DualReviewer, "孙丽", RegistryRoles.FirstReview, RegistryRoles.SecondReview);
        await LoadDemoCasesAsync();
    }

    public Task<IPage> NewPageAsync() => (_session ?? throw new InvalidOperationException("Not started.")).NewPageAsync();

    /// <summary>The last lines the app wrote, to explain a failure.</summary>
    public string AppOutputTail(int characters = 6000)
    {
        var output = App.Output;
        return output[Math.Max(0, output.Length - characters)..];
    }

    /// <summary>The tax bureau's 完税 for the case (see <see cref="AppServices.SignalTaxPaidAsync"/>).</summary>
    public Task SignalTaxPaidAsync(string caseNumber) => AppServices.SignalTaxPaidAsync(App.DatabasePath, caseNumber);

    /// <summary>
    /// A demo case waiting for first review, without blocking findings, that no other test has taken.
    /// </summary>
    public async Task<string> TakeDemoCaseAsync()
    {
        var page = await NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "reviewer1");
            while (true)
            {
                string next;
                lock (_demoCases)
                {
                    next = _demoCases.Count > 0 ? _demoCases.Dequeue() : throw new InvalidOperationException("No demo case left waiting for first review without blocking findings.");
                }

                await CasePages.OpenAsync(page, next);
                await Assertions.Expect(page.Locator("#case-findings")).ToBeVisibleAsync();
                if (await page.Locator(".finding-group[data-severity='Block']").CountAsync() == 0
                    && await page.Locator("#decision-task").CountAsync() == 1)
                {
                    return next;
                }
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

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

    // The worklist's first page of cases waiting for first review; the tests take them in that order.
    private async Task LoadDemoCasesAsync()
    {
        var page = await NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "reviewer1", "/worklist");
            await Assertions.Expect(page.Locator("tr.worklist-row").First).ToBeVisibleAsync();
            foreach (var number in await page.Locator("tr.worklist-row .case-number").AllInnerTextsAsync())
            {
                _demoCases.Enqueue(number.Trim());
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
