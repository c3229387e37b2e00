using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The business admin changes a live rule in the rule designer and the next review runs it, without a restart: the seizure
/// rule (REG-SEIZURE-BLOCKS-DISPOSAL) is moved from block to warn with a new Chinese message, dry-run on a case by its
/// number and over the last finished cases, published; the acceptor's next acceptance of a seized unit shows the new
/// message under 警告 (it showed the old one under 阻断 before). Runs on its own app: the publish changes the rules every
/// later review on that app runs.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class RuleDesignerPublishTests(RuleDesignerPublishTests.AppFixture fixture, ITestOutputHelper output)
    : IClassFixture<RuleDesignerPublishTests.AppFixture>
{
    private const string SetName = "review-examination";
    private const string Rule = "REG-SEIZURE-BLOCKS-DISPOSAL";

    // Unique text, so an old message or a cached rule set can never match it.
    private const string NewMessage = "【规则设计器已改】单元 {UnitCode} 被查封（{SeizureNo}），请核实查封范围后再办理。";

    [Fact]
    public async Task Admin_ChangesSeverityAndMessage_DryRuns_Publishes_AndTheNextReviewShowsIt_WithoutARestart()
    {
        var unit = await DemoData.SeizedOwnedUnitAsync(fixture.App.DatabasePath);
        var page = await fixture.NewPageAsync();
        try
        {
            // Before: the acceptor's review blocks on the seizure with the shipped message.
            await Intake.OpenAsync(page);
            await Intake.FillResaleAsync(page, unit, "孙立军", DemoData.ResidentId("34012119790203451"));
            var firstCase = await Intake.SubmitAsync(page);
            var before = page.Locator($"section[data-severity='Block'] .finding[data-rule='{Rule}'] .rule-message");
            await Assertions.Expect(before).ToContainTextAsync("不得办理转移、抵押等处分登记");
            await Assertions.Expect(page.Locator("#acceptance-findings")).Not.ToContainTextAsync("规则设计器已改");
            output.WriteLine($"before: case {firstCase}: {await before.InnerTextAsync()}");
            await page.Context.CloseAsync();

            // The business admin finds the rule in the designer and edits it.
            page = await fixture.NewPageAsync();
            await SignIn.AsAsync(page, "admin", "/designer/rule-sets");
            await page.Locator(".rule-search input").FillAsync(Rule);
            var row = page.Locator($"section.rule-set[data-name='{SetName}'] tr.rule[data-rule='{Rule}']");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator(".severity")).ToHaveTextAsync("阻断");
            await row.Locator(".edit-rule").ClickAsync();
            await page.WaitForURLAsync($"**/designer/rule-sets/{SetName}/rules/{Rule}");
            await Assertions.Expect(page.Locator("#rule-form")).ToBeVisibleAsync();

            await page.Locator(".field-severity [role=combobox]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "警告" }).ClickAsync();
            await Assertions.Expect(page.Locator(".field-severity input")).ToHaveValueAsync("warn");
            await page.Locator(".field-message-zh textarea").FillAsync(NewMessage);
            await page.Locator(".field-message-zh textarea").BlurAsync();
            await page.Locator(".rule-validate").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-message")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#rule-issues")).ToHaveCountAsync(0);

            // Dry run on the case accepted above, by its number: the published rule blocks with the old message, the
            // draft warns with the new one.
            await page.Locator(".dry-run-case input").FillAsync(firstCase);
            await page.Locator(".dry-run-case-go").ClickAsync();
            var dry = page.Locator($"#dry-run-case-result tr.dry-run-row[data-rule='{Rule}']").First;
            await Assertions.Expect(dry.Locator(".draft")).ToContainTextAsync("触发 · 警告 · 【规则设计器已改】单元 " + unit.Code);
            await Assertions.Expect(dry.Locator(".published")).ToContainTextAsync("触发 · 阻断");
            await Assertions.Expect(dry.Locator(".published")).ToContainTextAsync("不得办理转移、抵押等处分登记");
            await Screenshots.SaveAsync(page, "rule-designer-dry-run-case-zh");

            // Dry run over the last finished cases: a severity and message change makes no case fire or stop firing.
            await page.Locator(".dry-run-count input").FillAsync("200");
            await page.Locator(".dry-run-finished-go").ClickAsync();
            await Assertions.Expect(page.Locator("#dry-run-summary")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            var summary = await page.Locator("#dry-run-summary").InnerTextAsync();
            output.WriteLine($"dry run: {summary}");
            Assert.Matches(@"共运行 [1-9]\d* 件：0 件新增触发，0 件不再触发", summary);
            await Assertions.Expect(page.Locator(".dry-run-progress-text")).ToContainTextAsync("/");

            // Publish: the set's next version, said in the UI language.
            await page.Locator(".publish-note input").FillAsync("查封改为警告（端到端测试）");
            await page.Locator(".rule-publish").ClickAsync();
            await Assertions.Expect(page.Locator("#designer-message")).ToContainTextAsync(new System.Text.RegularExpressions.Regex($"已发布规则集 {SetName} 第 \\d+ 版"));
            await Assertions.Expect(page.Locator("#designer-error")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "rule-designer-published-zh");
            await page.Context.CloseAsync();

            // The acceptor's next review, on the same running app: the new message, under warn, nothing under block for it.
            page = await fixture.NewPageAsync();
            await Intake.OpenAsync(page);
            await Intake.FillResaleAsync(page, unit, "孙立军", DemoData.ResidentId("34012119790203451"));
            var secondCase = await Intake.SubmitAsync(page);
            await Intake.FindingsAsync(page, secondCase, output);
            var after = page.Locator($"section[data-severity='Warn'] .finding[data-rule='{Rule}'] .rule-message");
            await Assertions.Expect(after).ToContainTextAsync($"【规则设计器已改】单元 {unit.Code} 被查封");
            await Assertions.Expect(page.Locator($"section[data-severity='Block'] .finding[data-rule='{Rule}']")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "rule-designer-next-review-zh");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- app output ---\n{fixture.AppOutputTail()}", e);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Admin_SeesConditionErrorsInTheUiLanguage_AndANewVersionOverlappingTheOldIsRefusedNamingIt()
    {
        const string rule = "REG-OBJECTION-NOTICE";
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, "admin", "/designer/rule-sets");
            await page.Locator(".rule-search input").FillAsync(rule);
            var row = page.Locator($"section.rule-set[data-name='{SetName}'] tr.rule[data-rule='{rule}']");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row.Locator(".effective")).ToHaveTextAsync("2024-06-01");
            await Screenshots.SaveAsync(page, "rule-designer-list-zh");

            // A new version of the rule: same code, next number, dates to set; from 2027 it overlaps v1 (open-ended).
            await row.Locator(".new-version").ClickAsync();
            await page.WaitForURLAsync($"**/designer/rule-sets/{SetName}/new?versionOf={rule}");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"规则 {rule} 的新版本");
            await Assertions.Expect(page.Locator(".field-code input")).ToHaveValueAsync(rule);
            await page.Locator(".field-from input").FillAsync("2027-01-01");
            await page.Locator(".field-from input").BlurAsync();
            await page.Locator(".rule-validate").ClickAsync();
            var overlap = page.Locator($"#rule-issues .rule-issue[data-rule='{rule}'][data-field='Properties.EffectiveFrom']");
            await Assertions.Expect(overlap).ToContainTextAsync("第 2 版的生效期间（2027-01-01–…）与第 1 版（2024-06-01–…）重叠");
            await Screenshots.SaveAsync(page, "rule-designer-new-version-overlap-zh");

            // A condition error as it is typed, in Chinese with its position.
            await Circuit.OpenAsync(page, $"/designer/rule-sets/{SetName}/rules/{rule}");
            await Assertions.Expect(page.Locator("#rule-form")).ToBeVisibleAsync();
            await page.Locator(".field-expression textarea").FillAsync("f.Unit.Nope == 1");
            var issue = page.Locator("#expression-check .expression-issue[data-field='Expression']");
            await Assertions.Expect(issue).ToContainTextAsync("类型 UnitSnapshot 没有属性“Nope”");
            await Assertions.Expect(issue).ToHaveAttributeAsync("data-position", "7");
            await Assertions.Expect(issue).Not.ToContainTextAsync("No property or field");
            await Screenshots.SaveAsync(page, "rule-designer-condition-error-zh");

            // The same in English.
            await page.GotoAsync($"/culture/set?culture=en&redirectUri={Uri.EscapeDataString($"/designer/rule-sets/{SetName}/rules/{rule}")}");
            await Circuit.ReadyAsync(page);
            await Assertions.Expect(page.Locator("#rule-form")).ToBeVisibleAsync();
            await page.Locator(".field-expression textarea").FillAsync("f.Unit.Nope == 1");
            await Assertions.Expect(issue).ToContainTextAsync("No property or field 'Nope' exists in type 'UnitSnapshot'");
            await Screenshots.SaveAsync(page, "rule-designer-condition-error-en");
            await Circuit.OpenAsync(page, $"/designer/rule-sets/{SetName}/new?versionOf={rule}");
            await page.Locator(".field-from input").FillAsync("2027-01-01");
            await page.Locator(".field-from input").BlurAsync();
            await page.Locator(".rule-validate").ClickAsync();
            await Assertions.Expect(overlap).ToContainTextAsync("v2 (2027-01-01–…) overlaps v1 (2024-06-01–…)");
            await Screenshots.SaveAsync(page, "rule-designer-new-version-overlap-en");
            await Circuit.OpenAsync(page, "/designer/rule-sets");
            await page.Locator(".rule-search input").FillAsync(rule);
            await Assertions.Expect(row.Locator(".new-version")).ToHaveTextAsync("New version");
            await Screenshots.SaveAsync(page, "rule-designer-list-en");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- app output ---\n{fixture.AppOutputTail()}", e);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>An app of its own and Chromium: the test publishes a rule change every later review would run.</summary>
    public sealed class AppFixture : IAsyncLifetime
    {
        private RegistryApp? _app;
        private PlaywrightSession? _session;

        public RegistryApp App => _app ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            _app = await RegistryApp.StartAsync();
            _session = await PlaywrightSession.StartAsync(_app.BaseAddress);
        }

        public Task<IPage> NewPageAsync() => (_session ?? throw new InvalidOperationException("Not started.")).NewPageAsync();

        public string AppOutputTail(int characters = 6000)
        {
            var text = App.Output;
            return text[Math.Max(0, text.Length - characters)..];
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
    }
}
