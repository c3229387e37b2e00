using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The two consoles beyond examination, in the browser on the demo data: the quality inspector draws a sample of finished
/// cases, fails one checklist item and sends it for rectification to reviewer1, who answers it under 我的整改; the business
/// admin opens a workflow definition in the designer, starts a draft and validates it.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RoleConsolesTests(BrowserFixture fixture)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task Inspector_DrawsASample_FailsAnItem_AndTheNamedExaminerAnswersTheRectification()
    {
        var inspector = await fixture.NewPageAsync();
        var examiner = await fixture.NewPageAsync();
        try
        {
            // Every finished demo case up to today, at the default rate (5%).
            var today = DateTimeOffset.UtcNow.ToOffset(China).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await SignIn.AsAsync(inspector, "inspector", $"/inspection?from=2000-01-01&to={today}");
            await Assertions.Expect(inspector.Locator("h1")).ToHaveTextAsync("质检");
            await inspector.Locator("#draw-submit").ClickAsync();
            await Assertions.Expect(inspector.Locator("#draw-done")).ToBeVisibleAsync();
            await Assertions.Expect(inspector.Locator(".draw-error")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(inspector, "inspection-sample-drawn");

            var sample = inspector.Locator("tr.sample-row").First;
            await sample.Locator("a").ClickAsync();
            await inspector.WaitForURLAsync("**/inspection/*");
            var sampled = inspector.Locator("tr.sample-case");
            await Assertions.Expect(sampled.First).ToBeVisibleAsync();
            var caseNumber = await sampled.First.GetAttributeAsync("data-case");

            // Inspect the first case: every item passes except 登簿准确 (RegisterEntry), which needs a note; the
            // rectification goes to reviewer1 (the demo's finished cases were handled by fictitious examiners).
            await sampled.First.Locator(".inspect-button").ClickAsync();
            var form = inspector.Locator("#inspect-form");
            await Assertions.Expect(form).ToBeVisibleAsync();
            foreach (var item in await form.Locator("tr.inspect-item").AllAsync())
            {
                await item.Locator(".item-pass").ClickAsync();
            }

            await form.Locator("tr.inspect-item[data-item='RegisterEntry'] .item-fail").ClickAsync();
            await Assertions.Expect(inspector.Locator("#inspect-verdict")).ToContainTextAsync("不合格");
            await inspector.Locator("#note-RegisterEntry").FillAsync("共有方式与申请不一致");
            await inspector.Locator("#inspect-assignee").FillAsync("reviewer1");
            await inspector.Locator("#inspect-submit").ClickAsync();

            var history = inspector.Locator("#verdict-history .history-line");
            await Assertions.Expect(history).ToHaveCountAsync(1);
            await Assertions.Expect(history.First).ToContainTextAsync("不合格");
            await Assertions.Expect(history.First.Locator(".history-item")).ToContainTextAsync("共有方式与申请不一致");
            await Assertions.Expect(inspector.Locator($"tr.sample-case[data-case='{caseNumber}'] .verdict")).ToHaveTextAsync("不合格");
            await Screenshots.SaveAsync(inspector, "inspection-case-failed");

            // reviewer1 finds it under 我的整改 and answers.
            await SignIn.AsAsync(examiner, "reviewer1", "/rectifications");
            var card = examiner.Locator(".rectification-card", new() { HasText = caseNumber! });
            await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Open");
            await card.Locator(".rect-text textarea, .rect-text input").First.FillAsync("已核对原始申请材料，登簿共有方式已依更正程序处理。");
            await card.Locator(".rect-answer").ClickAsync();
            await Assertions.Expect(examiner.Locator(".rectification-card", new() { HasText = caseNumber! })).ToHaveAttributeAsync("data-state", "Answered");
            await Screenshots.SaveAsync(examiner, "rectification-answered");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- app output (tail) ---\n{Tail(fixture.App.Output)}");
        }
        finally
        {
            await inspector.Context.CloseAsync();
            await examiner.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task BusinessAdmin_OpensADefinition_StartsADraft_AndValidatesIt()
    {
        var admin = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(admin, "admin", "/designer");
            var row = admin.Locator("tr.designer-definition[data-id='catalogue-standard']");
            await Assertions.Expect(row.Locator(".latest-published")).ToHaveTextAsync("v1");
            await row.Locator("a").ClickAsync();
            await admin.WaitForURLAsync("**/designer/catalogue-standard");

            await Assertions.Expect(admin.Locator("tr.designer-version[data-version='1'] .status")).ToBeVisibleAsync();
            await admin.Locator("tr.designer-version[data-version='1'] .view-version").ClickAsync();
            await admin.Locator("#designer-show-diagram").ClickAsync();
            await Assertions.Expect(admin.Locator("#version-mermaid")).ToContainTextAsync("flowchart");

            await admin.Locator("tr.designer-version[data-version='1'] .new-draft").ClickAsync();
            await Assertions.Expect(admin.Locator("#draft-json")).ToBeVisibleAsync();
            await admin.Locator("#designer-validate").ClickAsync();
            await Assertions.Expect(admin.Locator("#designer-valid")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(admin, "designer-draft-valid");

            // A non-admin is turned away from the designer.
            var reviewer = await fixture.NewPageAsync();
            await SignIn.AsAsync(reviewer, "reviewer1");
            await reviewer.GotoAsync("/designer");
            await Assertions.Expect(reviewer.Locator("tr.designer-definition")).ToHaveCountAsync(0);
            await Assertions.Expect(reviewer.Locator("#nav-designer")).ToHaveCountAsync(0);
            await reviewer.Context.CloseAsync();
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- app output (tail) ---\n{Tail(fixture.App.Output)}");
        }
        finally
        {
            await admin.Context.CloseAsync();
        }
    }

    private static string Tail(string output) => output[^Math.Min(output.Length, 6000)..];
}
