using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The workflow designer end to end (issue 15), in a real browser on the deciding app: the business admin copies the
/// resale's standard workflow into a definition of its own, publishes it and binds 存量房转移 to it; a case is accepted on
/// it. Then, on the canvas and without touching the JSON, the admin adds a human task 复核 between 复审 and 核定, connects
/// it and publishes v2. A new case passes through 复核 while the case accepted before stays on v1; the admin then
/// migrates that case to v2 from the migration page, dry run first. The binding is put back at the end.
/// </summary>
[Collection(DecisionsCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class WorkflowDesignerStoryTests(OwnAppFixture fixture, ITestOutputHelper output)
{
    private const string Copy = "resale-recheck";

    [Fact]
    public async Task TheAdmin_AddsRecheckOnTheCanvas_BindsTheType_NewCasesPassThroughIt_AndARunningCaseIsMigratedAfterADryRun()
    {
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
            // The copy: a new definition from the resale's standard workflow, published as it is, and the type bound to it.
            var admin = current = await SignedInAsync("admin", "/designer/bindings");
            await Circuit.OpenAsync(admin, "/designer/bindings");
            await admin.Locator("#new-id").FillAsync(Copy);
            await admin.Locator("#new-name-zh").FillAsync("存量房转移（含复核）");
            await admin.Locator("#new-name-en").FillAsync("Resale with re-check");
            await admin.Locator("#new-template").SelectOptionAsync("catalogue-combined");
            await admin.Locator("#new-create").ClickAsync();
            await Assertions.Expect(admin.Locator("#new-open")).ToHaveTextAsync(Copy);
            await Circuit.OpenAsync(admin, $"/designer/{Copy}");
            await admin.Locator("#designer-publish").ClickAsync();
            await Assertions.Expect(admin.Locator("tr.designer-version[data-version='1'] .status")).ToHaveTextAsync("已发布");
            await BindResaleAsync(admin, Copy);

            // A case accepted now runs on v1 (no 复核).
            var before = await AcceptResaleAsync(skip: 7, "钱文静", "34012119900315200");
            output.WriteLine($"running case {before}");

            // v2 on the canvas: a human task named 复核 for the second-review role, between the join after 复审 and 核定.
            await Circuit.OpenAsync(admin, $"/designer/{Copy}");
            await admin.Locator("tr.designer-version[data-version='1'] .new-draft").ClickAsync();
            await Assertions.Expect(admin.Locator("#designer-viewing")).ToContainTextAsync("v2");
            await admin.Locator("#designer-show-canvas").ClickAsync();
            await admin.Locator("#canvas-palette .wfe-palette-item[data-kind='humanTask']").ClickAsync();
            var added = admin.Locator(".wf-node[data-node='humanTask1']");
            await Assertions.Expect(added).ToHaveCountAsync(1);
            await ChangeAsync(admin.Locator("#prop-id"), "recheck");
            var recheck = admin.Locator(".wf-node[data-node='recheck']");
            await Assertions.Expect(recheck).ToHaveCountAsync(1);
            await ChangeAsync(admin.Locator("#prop-name-zh"), "复核");
            await ChangeAsync(admin.Locator("#prop-name-en"), "Re-check");
            await admin.Locator("#prop-role").SelectOptionAsync("second-review");
            await admin.Locator(".prop-outcome[data-outcome='reject']").UncheckAsync();
            await admin.Locator(".prop-outcome[data-outcome='suspend']").UncheckAsync();
            await Assertions.Expect(recheck.Locator(".wfe-port")).ToHaveCountAsync(2);

            // Connect: 复核's approve port to 核定, its return port back to 复审; the join now leads to 复核.
            await recheck.Locator(".wfe-port-hit[data-outcome='approve']").ClickAsync();
            await Assertions.Expect(admin.Locator("#canvas-connecting")).ToBeVisibleAsync();
            await admin.Locator(".wf-node[data-node='approval']").ClickAsync();
            await Assertions.Expect(admin.Locator(".diagram-link[data-link-id^='transition:recheck:approve:approval:']")).ToHaveCountAsync(1);
            await recheck.Locator(".wfe-port-hit[data-outcome='return']").ClickAsync();
            await admin.Locator(".wf-node[data-node='secondReview']").ClickAsync();
            await Assertions.Expect(admin.Locator(".diagram-link[data-link-id^='transition:recheck:return:secondReview:']")).ToHaveCountAsync(1);
            await admin.Locator(".wf-node[data-node='join']").ClickAsync();
            await Assertions.Expect(admin.Locator("#prop-id")).ToHaveValueAsync("join");
            await admin.Locator(".wfp-transition select").First.SelectOptionAsync("recheck");
            await Assertions.Expect(admin.Locator(".diagram-link[data-link-id^='transition:join:'][data-link-id*=':recheck:']")).ToHaveCountAsync(1);
            await Assertions.Expect(admin.Locator("#canvas-editor .wf-node.node-invalid")).ToHaveCountAsync(0);
            await admin.Locator("#canvas-fit").ClickAsync();
            await Screenshots.SaveAsync(admin, "designer-canvas-recheck-zh");

            await admin.Locator("#designer-save").ClickAsync();
            await Assertions.Expect(admin.Locator("#designer-message")).ToContainTextAsync("已保存");
            await admin.Locator("#designer-publish").ClickAsync();
            await Assertions.Expect(admin.Locator("tr.designer-version[data-version='2'] .status")).ToHaveTextAsync("已发布");
            await Assertions.Expect(admin.Locator("tr.designer-version[data-version='1'] .running")).ToHaveTextAsync("1");

            // A new case runs on v2 and, after 复审 and the tax record, waits at 复核; the case accepted before stays on v1.
            var after = await AcceptResaleAsync(skip: 8, "孙立新", "34012119851120300");
            output.WriteLine($"new case {after}");
            var reviewer1 = current = await SignedInAsync("reviewer1", "/worklist");
            await CasePages.OpenFromWorklistAsync(reviewer1, after);
            await CasePages.DecideAsync(reviewer1, "初审");
            await CasePages.ReloadAsync(reviewer1, after);
            await Assertions.Expect(CasePages.CurrentNode(reviewer1, "secondReview")).ToHaveCountAsync(1);
            var reviewer2 = current = await SignedInAsync("reviewer2", "/worklist");
            await CasePages.OpenFromWorklistAsync(reviewer2, after);
            await CasePages.DecideAsync(reviewer2, "复审");
            var taxDesk = current = await SignedInAsync("acceptor", $"/cases/{after}");
            await CasePages.OpenAsync(taxDesk, after);
            await taxDesk.Locator("#signal-confirm-tax-paid").ClickAsync();
            await Assertions.Expect(taxDesk.Locator("#signal-done")).ToBeVisibleAsync();
            await CasePages.ReloadAsync(taxDesk, after);
            await Assertions.Expect(CasePages.CurrentNode(taxDesk, "recheck")).ToHaveCountAsync(1);
            var recheckDesk = current = await SignedInAsync("reviewer2b", "/worklist");
            await CasePages.OpenFromWorklistAsync(recheckDesk, after);
            await CasePages.DecideAsync(recheckDesk, "复核");
            await Assertions.Expect(CasePages.CurrentNode(recheckDesk, "approval")).ToHaveCountAsync(1);

            await CasePages.OpenAsync(admin, before);
            await Assertions.Expect(admin.Locator("#case-workflow")).ToContainTextAsync("存量房转移（含复核）（第 1 版）");
            await Assertions.Expect(admin.Locator("#case-workflow-diagram g.wf-node[data-node='recheck']")).ToHaveCountAsync(0);

            // Migration: v1 → v2, dry run first; the case lands on 初审 (same id), then is moved.
            await Circuit.OpenAsync(admin, $"/designer/{Copy}/migrate");
            await Assertions.Expect(admin.Locator("#migration-source")).ToHaveValueAsync("1");
            await Assertions.Expect(admin.Locator("#migration-target")).ToHaveValueAsync("2");
            await admin.Locator("#migration-propose").ClickAsync();
            await Assertions.Expect(admin.Locator("tr.mapping[data-node='firstReview'] .waiting")).ToHaveTextAsync("1");
            await admin.Locator("#migration-dry-run").ClickAsync();
            var row = admin.Locator($"tr.migration-row[data-case='{before}']");
            await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("movable"));
            await Assertions.Expect(row.Locator(".to")).ToHaveTextAsync("初审");
            await Assertions.Expect(admin.Locator("#migration-summary")).ToContainTextAsync("可迁移 1 件");
            await Screenshots.SaveAsync(admin, "designer-migration-dry-run-zh");
            await admin.Locator("#migration-execute").ClickAsync();
            await Assertions.Expect(admin.Locator("#migration-done")).ToContainTextAsync("迁移 1 件");
            await Assertions.Expect(row.Locator(".result")).ToHaveTextAsync("已迁移");
            await Screenshots.SaveAsync(admin, "designer-migration-done-zh");

            await CasePages.OpenAsync(admin, before);
            await Assertions.Expect(admin.Locator("#case-workflow")).ToContainTextAsync("存量房转移（含复核）（第 2 版）");
            await Assertions.Expect(admin.Locator("tr.journal-line[data-action='Migrated'] .journal-actor")).ToHaveAttributeAsync("data-user", "admin");
            await Assertions.Expect(admin.Locator("tr.journal-line[data-action='Migrated']")).ToContainTextAsync($"{Copy} v1→v2");
            await Assertions.Expect(CasePages.CurrentNode(admin, "firstReview")).ToHaveCountAsync(1);
            await Screenshots.SaveAsync(admin, "designer-migrated-case-zh");

            // The admin hands the migrated case's 初审 to the second first-reviewer, with the reason journaled.
            var reassign = admin.Locator(".reassign[data-node='firstReview']");
            await reassign.Locator("select.reassign-to").SelectOptionAsync("reviewer1b");
            await reassign.Locator(".reassign-reason input").FillAsync("王芳休假，转孙丽办理");
            await reassign.Locator(".reassign-reason input").PressAsync("Tab");
            await reassign.Locator(".reassign-button").ClickAsync();
            await Assertions.Expect(admin.Locator("#alteration-message")).ToContainTextAsync("已转办给 孙丽");
            await Assertions.Expect(admin.Locator("tr.journal-line[data-action='Reassigned']")).ToContainTextAsync("王芳休假，转孙丽办理");
            await Assertions.Expect(admin.Locator(".task-assignee[data-user='reviewer1b']")).ToHaveCountAsync(1);
            await Screenshots.SaveAsync(admin, "designer-reassigned-case-zh");

            // The same pages in English: the case page with the administrator's panel, the migration page, the canvas.
            await admin.GotoAsync($"/culture/set?culture=en&redirectUri=%2Fcases%2F{before}");
            await Circuit.ReadyAsync(admin);
            await Assertions.Expect(admin.Locator("#case-alterations h2")).ToHaveTextAsync("Administrator actions");
            await Assertions.Expect(admin.Locator("tr.journal-line[data-action='Migrated']")).ToContainTextAsync("Migrated");
            await Screenshots.SaveAsync(admin, "designer-migrated-case-en");
            await Circuit.OpenAsync(admin, $"/designer/{Copy}/migrate");
            await Assertions.Expect(admin.Locator("#migration-propose")).ToHaveTextAsync("Build the plan");
            await admin.Locator("#migration-propose").ClickAsync();
            await admin.Locator("#migration-dry-run").ClickAsync();
            await Assertions.Expect(admin.Locator("#migration-summary")).ToContainTextAsync("can move");
            await Screenshots.SaveAsync(admin, "designer-migration-en");
            await Circuit.OpenAsync(admin, $"/designer/{Copy}");
            await admin.Locator("tr.designer-version[data-version='2'] .view-version").ClickAsync();
            await admin.Locator("#designer-show-canvas").ClickAsync();
            await admin.Locator(".wf-node[data-node='recheck']").ClickAsync();
            await Assertions.Expect(admin.Locator("#prop-kind")).ToHaveTextAsync("Human task");
            await Screenshots.SaveAsync(admin, "designer-canvas-recheck-en");
            await admin.GotoAsync("/culture/set?culture=zh-CN&redirectUri=%2Fdesigner%2Fbindings");
            await Circuit.ReadyAsync(admin);

            // The other stories in this app accept resales on the standard workflow: put the binding back.
            await BindResaleAsync(admin, "catalogue-combined");
        }
        catch (Exception e) when (current is not null && e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            var screenshot = await Screenshots.SaveAsync(current, "designer-story-FAILED");
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

        async Task<string> AcceptResaleAsync(int skip, string buyer, string buyerId17)
        {
            var unit = await DemoData.CleanSoleFlatAsync(fixture.App.DatabasePath, skip);
            var buyerId = DemoData.ResidentId(buyerId17);
            // The price the intake helper declares (1,200,000), as the net-signed contract says.
            await AppServices.RecordResaleSharingAsync(fixture.App.DatabasePath, unit.Code, 1_200_000m, (unit.Owner, unit.OwnerId), (buyer, buyerId));
            var acceptor = current = await fixture.NewPageAsync();
            pages.Add(acceptor);
            await Intake.OpenAsync(acceptor);
            await Intake.FillResaleAsync(acceptor, unit, buyer, buyerId);
            return await Intake.SubmitAsync(acceptor);
        }
    }

    private static async Task BindResaleAsync(IPage admin, string definitionId)
    {
        await Circuit.OpenAsync(admin, "/designer/bindings");
        var row = admin.Locator("tr.binding[data-type='HouseTransferResale']");
        await row.Locator("select.binding-picker").SelectOptionAsync(definitionId);
        await row.Locator(".binding-save").ClickAsync();
        await Assertions.Expect(admin.Locator("#bindings-message")).ToContainTextAsync(definitionId);
    }

    /// <summary>Types into a field the page reads on change (Blazor's @onchange fires when the field loses focus).</summary>
    private static async Task ChangeAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }
}
