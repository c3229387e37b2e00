using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.EndToEnd.Tests.Harness;
using Registry.Persistence;
using Registry.Persistence.Identity;
using Registry.Web.Security;
using Registry.Workflows.Runtime;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The case page and decisions in a real browser, on an app of its own (decisions change the demo cases, so the other
/// browser tests' worklist stays as they expect it): a demo resale case goes from first review to the register, a second
/// page acting on a task already decided gets the conflict, and one person cannot take two review steps of a case.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class CaseDecisionTests(CaseDecisionTests.AppFixture fixture) : IClassFixture<CaseDecisionTests.AppFixture>
{
    /// <summary>A user holding both review roles (offices do have such staff); the demo has one person per role.</summary>
    private const string DualReviewer = "examiner2";

    [Fact]
    public async Task ResaleCase_IsDecidedStepByStepInTheBrowser_AndTheBuyerIsTheNewOwner_WhileAStalePageGetsTheConflict()
    {
        var caseNumber = await fixture.TakeCaseAsync();
        var reviewer1 = await fixture.NewPageAsync();
        var reviewer2 = await fixture.NewPageAsync();
        var stale = await fixture.NewPageAsync();
        var approver = await fixture.NewPageAsync();
        try
        {
            // 初审: reviewer1 opens the case from the address, reads the findings and approves with the template opinion.
            await SignIn.AsAsync(reviewer1, "reviewer1");
            await OpenCaseAsync(reviewer1, caseNumber);
            await Assertions.Expect(reviewer1.Locator("#case-findings")).ToBeVisibleAsync();
            await Assertions.Expect(reviewer1.Locator(".workflow-nodes li.node-current")).ToHaveAttributeAsync("data-node", "firstReview");
            var buyers = await reviewer1.Locator("#case-parties tr.party-row", new() { HasText = "受让方" }).Locator(".party-name").AllInnerTextsAsync();
            Assert.NotEmpty(buyers);
            var unitCode = await reviewer1.Locator(".case-unit").First.GetAttributeAsync("data-unit");
            await Screenshots.SaveAsync(reviewer1, "case-first-review");
            await DecideAsync(reviewer1, "初审");
            await Assertions.Expect(reviewer1.Locator(".workflow-nodes li.node-current[data-node='secondReview']")).ToHaveCountAsync(1);
            await Assertions.Expect(reviewer1.Locator("tr.journal-line[data-action='Completed'][data-step='初审'] .journal-actor")).ToHaveTextAsync("reviewer1");
            await Assertions.Expect(reviewer1.Locator("#decision-none")).ToBeVisibleAsync();

            // 复审: two pages of reviewer2 show the same task; the first decides, the second (stale) is refused by name.
            await SignIn.AsAsync(reviewer2, "reviewer2");
            await OpenCaseAsync(reviewer2, caseNumber);
            await stale.Context.AddCookiesAsync((await reviewer2.Context.CookiesAsync()).Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            await OpenCaseAsync(stale, caseNumber);
            await Assertions.Expect(stale.Locator("#decision-task")).ToContainTextAsync("复审");
            await DecideAsync(reviewer2, "复审");
            await stale.Locator("#decision-template").ClickAsync();
            await stale.Locator("#decision-submit").ClickAsync();
            await Assertions.Expect(stale.Locator("#case-conflict")).ToContainTextAsync("“复审”已由 reviewer2 于");
            await Assertions.Expect(stale.Locator("#case-conflict")).ToContainTextAsync("未保存");
            await Screenshots.SaveAsync(stale, "case-conflict");
            Assert.Equal(1, await stale.Locator("tr.journal-line[data-action='Completed'][data-step='复审']").CountAsync());

            // The tax bureau's payment notice (完税) arrives as a signal; the browser has no page for it, so the test sends
            // it through the product's own services on the app's database.
            await fixture.SignalTaxPaidAsync(caseNumber);

            // 核定, then 登簿 when the booking re-check asks a recorder to look (warn/block); otherwise booking is automatic.
            await SignIn.AsAsync(approver, "approver");
            await OpenCaseAsync(approver, caseNumber);
            try
            {
                await DecideAsync(approver, "核定");
            }
            catch (PlaywrightException e)
            {
                await Screenshots.SaveAsync(approver, "case-approval-failed");
                throw new InvalidOperationException($"approval failed: {await approver.Locator("#case-conflict").AllInnerTextsAsync().ContinueWith(t => string.Join(" ", t.Result))}\n--- app output ---\n{fixture.AppOutput[^Math.Min(fixture.AppOutput.Length, 6000)..]}", e);
            }

            await approver.ReloadAsync();
            if (await approver.Locator(".workflow-nodes li.node-current[data-node='recordTask']").CountAsync() > 0)
            {
                var recorder = await fixture.NewPageAsync();
                await SignIn.AsAsync(recorder, "recorder");
                await OpenCaseAsync(recorder, caseNumber);
                await DecideAsync(recorder, "登簿");
                await recorder.Context.CloseAsync();
                await approver.ReloadAsync();
            }

            await Assertions.Expect(approver.Locator("#case-status")).ToHaveTextAsync("已办结");
            await Assertions.Expect(approver.Locator(".case-certificate")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(approver, "case-completed");

            // The register browser shows the buyer as the owner now.
            await approver.GotoAsync($"/register/{Uri.EscapeDataString(unitCode!)}");
            foreach (var buyer in buyers)
            {
                await Assertions.Expect(approver.Locator("section.ownerships")).ToContainTextAsync(buyer.Trim());
            }

            await Screenshots.SaveAsync(approver, "case-register-new-owner");
        }
        finally
        {
            foreach (var page in new[] { reviewer1, reviewer2, stale, approver })
            {
                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task TheFirstReviewerOfACase_IsRefusedTheSecondReview()
    {
        var caseNumber = await fixture.TakeCaseAsync();
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, DualReviewer);
            await OpenCaseAsync(page, caseNumber);
            await DecideAsync(page, "初审");

            // The same person now holds the role of the open task (复审) but may not take it: said plainly, no form.
            await Assertions.Expect(page.Locator(".workflow-nodes li.node-current[data-node='secondReview']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#decision-separation")).ToContainTextAsync("审核分离");
            await Assertions.Expect(page.Locator("#decision-submit")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "case-separation-of-duties");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task OpenCaseAsync(IPage page, string caseNumber)
    {
        await page.GotoAsync($"/cases/{caseNumber}");
        await Assertions.Expect(page.Locator("h1.case-title")).ToContainTextAsync(caseNumber);
    }

    // Approves the open task with the step's opinion template and waits for the page to show the journal line.
    private static async Task DecideAsync(IPage page, string step)
    {
        await Assertions.Expect(page.Locator("#decision-task")).ToContainTextAsync(step);
        await page.Locator("#decision-kind-approve").ClickAsync();
        await page.Locator("#decision-template").ClickAsync();
        await page.Locator("#decision-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#case-done")).ToContainTextAsync(step);
        await Assertions.Expect(page.Locator($"tr.journal-line[data-action='Completed'][data-step='{step}']").Last).ToBeVisibleAsync();
    }

    /// <summary>Its own app and browser, plus a dual-role reviewer added to the app's database.</summary>
    public sealed class AppFixture : IAsyncLifetime
    {
        private readonly Queue<string> _cases = new();
        private RegistryApp? _app;
        private PlaywrightSession? _session;

        public async Task InitializeAsync()
        {
            _app = await RegistryApp.StartAsync();
            _session = await PlaywrightSession.StartAsync(_app.BaseAddress);
            await AddDualReviewerAsync(_app.DatabasePath);
            await LoadCasesAsync();
        }

        public string AppOutput => _app?.Output ?? string.Empty;

        public Task<IPage> NewPageAsync() => (_session ?? throw new InvalidOperationException("Not started.")).NewPageAsync();

        /// <summary>A demo case waiting for first review that no other test of this class has used, without blocking findings.</summary>
        public async Task<string> TakeCaseAsync()
        {
            var page = await NewPageAsync();
            try
            {
                await SignIn.AsAsync(page, "reviewer1");
                lock (_cases)
                {
                    if (_cases.Count == 0)
                    {
                        throw new InvalidOperationException("No demo case left waiting for first review.");
                    }
                }

                while (true)
                {
                    string next;
                    lock (_cases)
                    {
                        next = _cases.Count > 0 ? _cases.Dequeue() : throw new InvalidOperationException("No demo case without blocking findings.");
                    }

                    await page.GotoAsync($"/cases/{next}");
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

        /// <summary>Delivers <c>tax-paid</c> to the case's workflow and brings the case status along, as the tax feed would.</summary>
        public async Task SignalTaxPaidAsync(string caseNumber)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = _app!.DatabasePath,
                ["Database:SeedDemoData"] = "false",
                ["Scheduling:EnableJobs"] = "false",
            }).Build();
            await using var provider = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(caseNumber))
                ?? throw new InvalidOperationException($"case {caseNumber} not found");
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            var instance = await runtime.SignalAsync(registrationCase.WorkflowInstanceId!.Value, "tax-paid", "tax-bureau");
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(caseNumber, instance, "tax-bureau");
            SqliteConnection.ClearAllPools();
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

        // The worklist shows the cases waiting for first review; the tests take them in that order.
        private async Task LoadCasesAsync()
        {
            var page = await NewPageAsync();
            try
            {
                await SignIn.AsAsync(page, "reviewer1", "/worklist");
                await Assertions.Expect(page.Locator("tr.worklist-row").First).ToBeVisibleAsync();
                foreach (var number in await page.Locator("tr.worklist-row .case-number").AllInnerTextsAsync())
                {
                    _cases.Enqueue(number.Trim());
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }

        private static async Task AddDualReviewerAsync(string databasePath)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = databasePath,
                ["Database:SeedDemoData"] = "false",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddRegistryPersistence(configuration);
            services.AddRegistrySecurity();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var user = new RegistryUser { UserName = DualReviewer, DisplayName = "孙丽", Office = "340121" };
            Check(await users.CreateAsync(user, SignIn.DemoPassword));
            Check(await users.AddToRolesAsync(user, [RegistryRoles.FirstReview, RegistryRoles.SecondReview]));
            SqliteConnection.ClearAllPools();

            static void Check(IdentityResult result)
            {
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }
}
