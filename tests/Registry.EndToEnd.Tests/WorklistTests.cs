using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>The worklist on the demo data: the demo's open cases wait for first review with green, amber and red clocks.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class WorklistTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FirstReviewer_SeesColouredDeadlines_ClaimsACase_AndFindsItUnderMyTasks()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "reviewer1", "/worklist");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办");
            await Assertions.Expect(page.Locator("tr.worklist-row").First).ToBeVisibleAsync();
            foreach (var colour in new[] { "green", "amber", "red" })
            {
                Assert.True(await page.Locator($".deadline-{colour}").CountAsync() > 0, $"no {colour} deadline on the first page");
            }

            await Screenshots.SaveAsync(page, "worklist-group");
            var caseNumber = (await page.Locator("tr.worklist-row .case-number").First.InnerTextAsync()).Trim();
            await page.Locator("tr.worklist-row .claim-button").First.ClickAsync();
            await Assertions.Expect(page.Locator("#worklist-message")).ToContainTextAsync(caseNumber);
            await Assertions.Expect(page.Locator($"tr.worklist-row[data-case='{caseNumber}']")).ToHaveCountAsync(0);

            await page.Locator("#worklist-view-mine").ClickAsync();
            await Assertions.Expect(page.Locator($"tr.worklist-row[data-case='{caseNumber}']")).ToHaveCountAsync(1);
            await Screenshots.SaveAsync(page, "worklist-mine");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
