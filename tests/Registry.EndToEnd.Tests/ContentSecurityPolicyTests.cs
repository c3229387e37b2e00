using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The Content-Security-Policy the app sends is one its pages satisfy: sign-in, worklist, case page, intake and designer
/// (with the workflow canvas's library script)
/// load and work in headless Chromium with no violation reported (neither a <c>securitypolicyviolation</c> event nor a
/// console error). A violation would mean a blocked script or style, i.e. a broken page in production.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture, ITestOutputHelper output)
{
    // Runs before any page script, outside the page's CSP (Playwright injects it): records every violation of the document.
    private const string RecordViolations =
        "window.__cspViolations = [];" +
        "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private sealed class Watch
    {
        public List<string> Console { get; } = [];

        public List<string> Events { get; } = [];

        public IEnumerable<string> All => Console.Concat(Events);
    }

    private async Task<(IPage Page, Watch Watch)> WatchedPageAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.Context.AddInitScriptAsync(RecordViolations);
        var watch = new Watch();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                watch.Console.Add(message.Text);
            }
        };
        page.PageError += (_, error) => watch.Console.Add("page error: " + error);
        return (page, watch);
    }

    private static async Task CollectAsync(IPage page, Watch watch, string where)
    {
        var events = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        watch.Events.AddRange(events.Select(e => $"{where}: {e}"));
    }

    [Fact]
    public async Task TheMainPages_LoadAndWork_WithNoCspViolation()
    {
        var (page, watch) = await WatchedPageAsync();
        try
        {
            // Sign-in (static page with the one inline script: the import map, allowed by its nonce).
            await page.GotoAsync("/account/login");
            await Assertions.Expect(page.Locator("#login-submit")).ToBeVisibleAsync();
            await CollectAsync(page, watch, "sign-in");

            // Worklist: tabs switch, the circuit answers.
            await SignIn.AsAsync(page, "reviewer1", "/worklist");
            await Assertions.Expect(page.Locator("tr.worklist-row").First).ToBeVisibleAsync();
            var caseNumber = (await page.Locator("tr.worklist-row .case-number").First.InnerTextAsync()).Trim();
            await page.Locator("#worklist-view-done").ClickAsync();
            await Assertions.Expect(page.Locator("#worklist-view-done")).ToHaveAttributeAsync("aria-selected", "true");
            await CollectAsync(page, watch, "worklist");

            // Case page, opened as a full page load.
            await Circuit.OpenAsync(page, $"/cases/{caseNumber}");
            await Assertions.Expect(page.Locator("h1.case-title")).ToContainTextAsync(caseNumber);
            await Assertions.Expect(page.Locator("#case-status")).ToBeVisibleAsync();
            await CollectAsync(page, watch, "case page");

            // Intake: choose a type, its checklist appears.
            await SignIn.AsAsync(page, "acceptor", "/intake");
            await page.Locator("#intake-type-search").FillAsync("存量房");
            await page.Locator(".type-option[data-type='HouseTransferResale']").ClickAsync();
            await Assertions.Expect(page.Locator("tr.material-row").First).ToBeVisibleAsync();
            await CollectAsync(page, watch, "intake");

            // Designer: a definition's versions, its diagram text and node table.
            await SignIn.AsAsync(page, "admin", "/designer");
            await page.Locator("tr.designer-definition[data-id='house-transfer-resale'] a").First.ClickAsync();
            await Assertions.Expect(page.Locator("#designer-versions")).ToBeVisibleAsync();
            await page.Locator("#designer-show-table").ClickAsync();
            await Assertions.Expect(page.Locator("#version-nodes")).ToBeVisibleAsync();
            await CollectAsync(page, watch, "designer");

            // The canvas: Z.Blazor.Diagrams' script measures the nodes and ports (links are drawn only then) and its styles apply.
            await page.Locator("#designer-show-canvas").ClickAsync();
            await Assertions.Expect(page.Locator("#canvas-editor .diagram-link path").First).ToBeAttachedAsync();
            await CollectAsync(page, watch, "designer canvas");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        foreach (var line in watch.All)
        {
            output.WriteLine(line);
        }

        Assert.Empty(watch.All);
    }

    [Fact]
    public async Task AnInlineScriptWithoutTheNonce_WouldBeReported()
    {
        // The probe itself can see a violation: inject an inline script the policy must block.
        var (page, watch) = await WatchedPageAsync();
        try
        {
            await page.GotoAsync("/account/login");
            await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.body.appendChild(s); }");
            await page.WaitForTimeoutAsync(200);
            await CollectAsync(page, watch, "probe");
            Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.NotEmpty(watch.All);
    }
}
