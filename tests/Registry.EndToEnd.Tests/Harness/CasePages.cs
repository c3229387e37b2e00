using Microsoft.Playwright;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>Reaching a case page (from the worklist or by its address) and deciding its open task.</summary>
public static class CasePages
{
    /// <summary>Opens the case page from its address.</summary>
    public static async Task OpenAsync(IPage page, string caseNumber)
    {
        await Circuit.OpenAsync(page, $"/cases/{caseNumber}");
        await Assertions.Expect(page.Locator("h1.case-title")).ToContainTextAsync(caseNumber);
    }

    /// <summary>
    /// Reloads the case page (a new circuit reads the case afresh) and waits until the case is shown: the page renders its
    /// title only once the case file and the decision options have been read.
    /// </summary>
    public static async Task ReloadAsync(IPage page, string caseNumber)
    {
        await Circuit.ReloadAsync(page);
        await Assertions.Expect(page.Locator("h1.case-title")).ToContainTextAsync(caseNumber);
    }

    /// <summary>
    /// Finds the case in the worklist (待办) by its number, claims its task when nobody has, and opens it from the row's
    /// link, as an examiner would. The page must be signed in; the worklist is reached from the navigation menu.
    /// </summary>
    public static async Task OpenFromWorklistAsync(IPage page, string caseNumber, string? screenshot = null)
    {
        if (!page.Url.EndsWith("/worklist", StringComparison.Ordinal))
        {
            await page.Locator("a[href='worklist']").ClickAsync();
            await page.WaitForURLAsync("**/worklist");
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("待办");
        await page.Locator("#worklist-search").FillAsync(caseNumber);
        await page.Locator("#worklist-search").PressAsync("Enter");
        var row = page.Locator($"tr.worklist-row[data-case='{caseNumber}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr.worklist-row")).ToHaveCountAsync(1);

        if (await row.Locator(".claim-button").CountAsync() > 0)
        {
            await row.Locator(".claim-button").ClickAsync();
            await Assertions.Expect(page.Locator("#worklist-message")).ToContainTextAsync(caseNumber);
            await page.Locator("#worklist-view-mine").ClickAsync();
            await Assertions.Expect(page.Locator("#worklist-view-mine")).ToHaveAttributeAsync("aria-selected", "true");
            await Assertions.Expect(row.Locator(".release-button")).ToBeVisibleAsync();
        }

        if (screenshot is not null)
        {
            await Screenshots.SaveAsync(page, screenshot);
        }

        await row.Locator(".case-number a").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{caseNumber}");
        await Assertions.Expect(page.Locator("h1.case-title")).ToContainTextAsync(caseNumber);
    }

    /// <summary>Approves the open task with the step's opinion template and waits for the page to show the journal line.</summary>
    public static async Task DecideAsync(IPage page, string step)
    {
        await Assertions.Expect(page.Locator("#decision-task")).ToContainTextAsync(step);
        await page.Locator("#decision-kind-approve").ClickAsync();
        await page.Locator("#decision-template").ClickAsync();
        await page.Locator("#decision-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#case-done")).ToContainTextAsync(step);
        await Assertions.Expect(page.Locator($"tr.journal-line[data-action='Completed'][data-step='{step}']").Last).ToBeVisibleAsync();
    }

    /// <summary>The workflow node the case is at (初审 firstReview, 复审 secondReview, …), as the case page marks it.</summary>
    public static ILocator CurrentNode(IPage page, string node) => page.Locator($"#case-workflow-diagram g.node-current[data-node='{node}']");
}
