using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The examiner console end to end (issue 7), one continuous story in a real browser on the deciding app's fresh
/// database: the acceptor accepts a second-hand transfer (存量房转移) of a clean unit; reviewer1 finds the new case in the
/// worklist, reads the same findings and approves 初审; reviewer2 approves 复审; the tax bureau's 完税 arrives; the
/// approver approves 核定; a recorder books (登簿) if the booking re-check hands it to a person; the case is 已办结 with
/// a certificate, and the register browser shows the buyer as the unit's owner.
/// </summary>
[Collection(DecisionsCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class ExaminerConsoleStoryTests(OwnAppFixture fixture, ITestOutputHelper output)
{
    private const string Buyer = "周晓梅";
    private const decimal Price = 1_200_000m;
    private static readonly string BuyerId = DemoData.ResidentId("34012119880512300");

    [Fact]
    public async Task AResaleAcceptedAtTheWindow_IsDecidedThroughTheWorklist_AndTheBuyerBecomesTheRecordedOwner()
    {
        var unit = await DemoData.CleanSoleFlatAsync(fixture.App.DatabasePath);
        output.WriteLine($"unit {unit.Code}, recorded owner {unit.Owner}");

        // Data sharing (共享交换) has delivered the parties' identity checks, their marriage records and the net-signed
        // contract, as the housing and public-security systems would before the parties come to the window.
        await AppServices.RecordResaleSharingAsync(fixture.App.DatabasePath, unit.Code, Price, (unit.Owner, unit.OwnerId), (Buyer, BuyerId));
        var pages = new List<IPage>();
        async Task<IPage> SignedInAsync(string user, string? returnUrl = null)
        {
            var page = await fixture.NewPageAsync();
            pages.Add(page);
            await SignIn.AsAsync(page, user, returnUrl);
            return page;
        }

        var current = default(IPage);
        try
        {
            // 受理: the acceptor fills the resale, submits, and sees the case number with the findings; nothing blocks.
            var acceptor = current = await fixture.NewPageAsync();
            pages.Add(acceptor);
            await Intake.OpenAsync(acceptor);
            await Intake.FillResaleAsync(acceptor, unit, Buyer, BuyerId);
            await Screenshots.SaveAsync(acceptor, "story-1-intake-form");
            var caseNumber = await Intake.SubmitAsync(acceptor);
            await Assertions.Expect(acceptor.Locator("#acceptance-findings .rules-passed")).ToBeVisibleAsync();
            await Assertions.Expect(acceptor.Locator("#acceptance-findings .scans-stored")).ToBeVisibleAsync();
            await Assertions.Expect(acceptor.Locator("#acceptance-findings section[data-severity='Block']")).ToHaveCountAsync(0);
            await Assertions.Expect(acceptor.Locator("#acceptance-verdict")).Not.ToHaveTextAsync(Intake.BlockedVerdict);
            var flagged = await Intake.FindingsAsync(acceptor, caseNumber, output);
            Assert.DoesNotContain("REG-SEIZURE-BLOCKS-DISPOSAL", flagged);
            await Screenshots.SaveAsync(acceptor, "story-2-intake-accepted");


            // 初审: reviewer1 finds the case in the worklist by its number, claims it, opens it, and reads the findings
            // the acceptor saw; the parties and the unit are those accepted.
            var reviewer1 = current = await SignedInAsync("reviewer1", "/worklist");
            await CasePages.OpenFromWorklistAsync(reviewer1, caseNumber, "story-3-worklist");
            await Assertions.Expect(CasePages.CurrentNode(reviewer1, "firstReview")).ToHaveCountAsync(1);
            var findings = reviewer1.Locator("#case-findings");
            await Assertions.Expect(findings.Locator(".findings-run")).ToBeVisibleAsync();
            await Assertions.Expect(findings.Locator(".finding-group[data-severity='Block']")).ToHaveCountAsync(0);
            await Assertions.Expect(findings.Locator(".finding")).ToHaveCountAsync(flagged.Count);
            foreach (var rule in flagged)
            {
                await Assertions.Expect(findings.Locator($".finding[data-rule='{rule}']")).ToHaveCountAsync(1);
            }

            await Assertions.Expect(reviewer1.Locator($".case-unit[data-unit='{unit.Code}']")).ToHaveCountAsync(1);
            await Assertions.Expect(reviewer1.Locator("#case-parties tr.party-row", new() { HasText = "受让方" }).Locator(".party-name")).ToHaveTextAsync(Buyer);
            await Assertions.Expect(reviewer1.Locator("#case-parties tr.party-row", new() { HasText = "转让方" }).Locator(".party-name")).ToHaveTextAsync(unit.Owner);
            await Screenshots.SaveAsync(reviewer1, "story-4-case-first-review");
            await CasePages.DecideAsync(reviewer1, "初审");
            await Assertions.Expect(CasePages.CurrentNode(reviewer1, "secondReview")).ToHaveCountAsync(1);
            await Assertions.Expect(reviewer1.Locator("tr.journal-line[data-action='Completed'][data-step='初审'] .journal-actor")).ToHaveAttributeAsync("data-user", "reviewer1");
            await Assertions.Expect(reviewer1.Locator("tr.journal-line[data-action='Completed'][data-step='初审'] .journal-actor")).ToHaveTextAsync("王芳");
            await Assertions.Expect(reviewer1.Locator("#decision-none")).ToBeVisibleAsync();

            // 复审: reviewer2, the same way.
            var reviewer2 = current = await SignedInAsync("reviewer2", "/worklist");
            await CasePages.OpenFromWorklistAsync(reviewer2, caseNumber);
            await CasePages.DecideAsync(reviewer2, "复审");
            await Screenshots.SaveAsync(reviewer2, "story-5-case-second-review");

            // 完税: the window receives the tax bureau's payment record; the acceptor confirms it on the case page, which
            // raises the workflow's tax-paid signal under the acceptor's name.
            var taxDesk = current = await SignedInAsync("acceptor", $"/cases/{caseNumber}");
            await CasePages.OpenAsync(taxDesk, caseNumber);
            await Assertions.Expect(taxDesk.Locator("#case-signals .signal-wait[data-signal='tax-paid']")).ToBeVisibleAsync();
            await taxDesk.Locator("#signal-confirm-tax-paid").ClickAsync();
            await Assertions.Expect(taxDesk.Locator("#signal-done")).ToBeVisibleAsync();
            await Assertions.Expect(taxDesk.Locator("#case-signals .signal-wait[data-signal='tax-paid']")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(taxDesk, "story-5b-tax-paid-confirmed");

            // 核定: the approver, from the worklist.
            var approver = current = await SignedInAsync("approver", "/worklist");
            await CasePages.OpenFromWorklistAsync(approver, caseNumber);
            await CasePages.DecideAsync(approver, "核定");

            // 登簿: automatic unless the booking re-check hands it to a recorder (a warning or block to look at).
            await CasePages.ReloadAsync(approver, caseNumber);
            if (await CasePages.CurrentNode(approver, "recordTask").CountAsync() > 0)
            {
                output.WriteLine("booking handed to the recorder");
                var recorder = current = await SignedInAsync("recorder", "/worklist");
                await CasePages.OpenFromWorklistAsync(recorder, caseNumber);
                await CasePages.DecideAsync(recorder, "登簿");
                current = approver;
                await CasePages.ReloadAsync(approver, caseNumber);
            }

            await Assertions.Expect(approver.Locator("#case-status")).ToHaveTextAsync("已办结");
            await Assertions.Expect(approver.Locator(".case-certificate")).ToContainTextAsync(CertificateNumber());
            var certificate = CertificateNumber().Match(await approver.Locator(".case-certificate").InnerTextAsync()).Value;
            output.WriteLine($"case {caseNumber}: completed, certificate {certificate}");
            await Screenshots.SaveAsync(approver, "story-6-case-completed");

            // The register browser, from the case page's unit link: the buyer is now the one current owner, by this case.
            await approver.Locator($".case-unit[data-unit='{unit.Code}'] a[href='register/{unit.Code}']").ClickAsync();
            await approver.WaitForURLAsync($"**/register/{unit.Code}");
            // The case page embeds the same register book: wait for the register page itself before reading it.
            await Assertions.Expect(approver.Locator("h1.case-title")).ToHaveCountAsync(0);
            await Assertions.Expect(approver.Locator("h1.unit-title")).ToBeVisibleAsync();
            await Assertions.Expect(approver.Locator(".unit-as-of")).ToBeVisibleAsync();
            var ownership = approver.Locator("section.ownerships tr.ownership-row");
            await Assertions.Expect(ownership).ToHaveCountAsync(1);
            await Assertions.Expect(ownership.Locator(".holder")).ToHaveCountAsync(1);
            await Assertions.Expect(ownership.Locator(".holder")).ToContainTextAsync(Buyer);
            await Assertions.Expect(ownership).ToContainTextAsync(caseNumber);
            await Assertions.Expect(ownership).ToContainTextAsync(certificate);
            await Assertions.Expect(ownership).Not.ToContainTextAsync(unit.Owner);
            await Screenshots.SaveAsync(approver, "story-7-register-new-owner");
        }
        catch (Exception e) when (current is not null && e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var screenshot = await Screenshots.SaveAsync(current, "story-FAILED");
            throw new Xunit.Sdk.XunitException(
                $"{e.Message}\nPage: {current.Url}\nScreenshot: {screenshot}\n--- app output (tail) ---\n{fixture.AppOutputTail()}");
        }
        finally
        {
            foreach (var page in pages)
            {
                await page.Context.CloseAsync();
            }
        }
    }

    [GeneratedRegex(@"皖\(\d{4}\)长丰县不动产权第\d{7}号")]
    private static partial Regex CertificateNumber();
}
