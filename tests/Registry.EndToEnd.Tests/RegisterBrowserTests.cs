using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The register browser on the demo register that the persistence layer loads on first run.
/// Passes once Registry.Web is wired to Registry.Persistence (AddRegistryPersistence + InitializeRegistryDatabaseAsync).
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RegisterBrowserTests(BrowserFixture fixture)
{
    // The unit-code prefix of the demo county's first parcel (its flats are the first results and many are
    // mortgaged). A code prefix uses the index; a location fragment matching all 2,000 units is slow to count
    // (a known limit of the browser query). Override with REGISTRY_E2E_SEARCH.
    private static readonly string SearchText = Environment.GetEnvironmentVariable("REGISTRY_E2E_SEARCH") ?? "340121001001GB00001";

    [Fact]
    public async Task Search_FindsDemoUnits_AndAMortgagedUnitShowsItsFirstRankingMortgage()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await SearchAndOpenAMortgagedUnitAsync(page);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            // What the browser showed and what the app logged are what explain a failure here.
            var screenshot = await Screenshots.SaveAsync(page, "register-search-FAILED");
            var output = fixture.App.Output;
            throw new Xunit.Sdk.XunitException(
                $"{e.Message}\nScreenshot: {screenshot}\n--- app output (tail) ---\n{output[Math.Max(0, output.Length - 6000)..]}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task SearchAndOpenAMortgagedUnitAsync(IPage page)
    {
        await SignIn.AsAsync(page, "recorder", "/register");
        await Assertions.Expect(page.Locator("#register-search-text")).ToBeVisibleAsync();

        await RegisterSearchPage.SearchAsync(page, SearchText);

        // The results table is re-created for each search (it is keyed by the searched text), so wait for a row of
        // *this* search rather than any row: a row from the page's first load may vanish while the new one loads.
        var unitLinks = page.Locator("a.unit-link");
        await Assertions.Expect(unitLinks.First).ToContainTextAsync(SearchText, new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, "register-search");

        var mortgagedRow = await FindRowWithMortgageBadgeAsync(page);
        var unitCode = (await mortgagedRow.Locator("a.unit-link").InnerTextAsync()).Trim();
        await mortgagedRow.Locator("a.unit-link").ClickAsync();

        await page.WaitForURLAsync($"**/register/{unitCode}");
        var firstMortgage = page.Locator("tr.mortgage-row").First;
        await Assertions.Expect(firstMortgage.Locator(".priority")).ToHaveTextAsync("顺位 1");
        await Screenshots.SaveAsync(page, "register-unit-mortgaged");
    }

    // The first row on the first pages of results that carries a 抵押 ×n badge.
    private static async Task<ILocator> FindRowWithMortgageBadgeAsync(IPage page)
    {
        for (var pageIndex = 0; pageIndex < 10; pageIndex++)
        {
            // Wait for a badged row rather than counting once: under load the rows render after the first link.
            var rows = page.Locator("tr", new() { Has = page.Locator(".badge-mortgage") });
            try
            {
                await rows.First.WaitForAsync(new() { Timeout = 5000 });
                return rows.First;
            }
            catch (PlaywrightException)
            {
                // No mortgaged unit on this page: go to the next one.
            }

            var next = page.Locator(".mud-table-pagination-actions button").Nth(2);
            if (!await next.IsEnabledAsync())
            {
                break;
            }

            var firstCode = await page.Locator("a.unit-link").First.InnerTextAsync();
            await next.ClickAsync();
            await Assertions.Expect(page.Locator("a.unit-link").First).Not.ToHaveTextAsync(firstCode);
        }

        throw new InvalidOperationException($"No unit with a 抵押 badge in the first 10 pages of results for '{SearchText}'.");
    }
}
