using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The database goes away under a signed-in examiner and comes back: the page says so in the UI language (no stack trace,
/// no closed circuit), nothing is half-written, and the same action succeeds once the database is back.
/// </summary>
[Collection(TwoNodesCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class DatabaseOutageTests
{
    [PostgresFact]
    public async Task ClaimWhileTheDatabaseIsDown_IsRefusedWithAMessage_AndSucceedsWhenItIsBack()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        var home = Directory.CreateTempSubdirectory("registry-outage-home-").FullName;
        await using var app = await RegistryApp.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Registry"] = postgres.ConnectionString("registry"),
            ["HOME"] = home,
        });
        await using var browser = await PlaywrightSession.StartAsync(app.BaseAddress);
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "reviewer1", "/worklist");
        var row = page.Locator("tr.worklist-row").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var caseNumber = (await row.Locator(".case-number").InnerTextAsync()).Trim();

        await postgres.StopAsync();
        await page.Locator($"tr.worklist-row[data-case='{caseNumber}'] .claim-button").ClickAsync();

        var error = page.Locator("#page-error");
        await Assertions.Expect(error).ToContainTextAsync("数据库暂时无法连接", new() { Timeout = 30_000 });
        await Screenshots.SaveAsync(page, "database-outage-zh");
        Assert.DoesNotContain("Npgsql", await page.ContentAsync(), StringComparison.Ordinal);

        await postgres.ResumeAsync();
        await page.Locator("#page-error-retry").ClickAsync();

        // Nothing of the failed claim was kept: the case still waits in the group's list, and claiming it now works.
        var again = page.Locator($"tr.worklist-row[data-case='{caseNumber}']");
        await Assertions.Expect(again).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await again.Locator(".claim-button").ClickAsync();
        await Assertions.Expect(page.Locator("#worklist-message")).ToContainTextAsync(caseNumber);
        await page.Context.CloseAsync();
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
