using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// 好差评 in a real browser: an open case offers no rating; once refused, the applicant opens the notice's link
/// (<c>/progress?case=…</c>), types the code and rates it — a grade is required, a 差评 takes a reason — and the form is
/// replaced by the rating given; the quality inspector finds the follow-up, answers it (findings and reply) and the
/// business admin closes it. Screenshots in zh-CN and en.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class RatingTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Buyer = "孙嘉怡";
    private static readonly string BuyerId = DemoData.ResidentId("34012119900315362");

    [Fact]
    public async Task Applicant_RatesARefusedCaseOnce_AndTheDissatisfiedRatingIsFollowedUpAndClosed()
    {
        var unit = await DemoData.CleanSoleFlatAsync(fixture.App.DatabasePath, skip: 9);
        var acceptor = await fixture.NewPageAsync();
        string caseNumber, code;
        try
        {
            await Intake.OpenAsync(acceptor);
            await Intake.FillResaleAsync(acceptor, unit, Buyer, BuyerId);
            await acceptor.Locator("tr.party-row").Last.Locator("input.party-mobile").FillAsync("13812345678");
            caseNumber = await Intake.SubmitAsync(acceptor);
            code = (await acceptor.Locator("#query-code").InnerTextAsync()).Trim();
            output.WriteLine($"case {caseNumber}, query code {code}");
        }
        finally
        {
            await acceptor.Context.CloseAsync();
        }

        var applicant = await fixture.NewPageAsync();
        try
        {
            // Still open: the page says when a rating becomes possible, and offers no form.
            await applicant.GotoAsync(new Uri(fixture.App.BaseAddress, "progress?case=" + caseNumber).ToString());
            await Assertions.Expect(applicant.Locator("#rating-link-hint")).ToBeVisibleAsync();
            await Assertions.Expect(applicant.Locator("#progress-case")).ToHaveValueAsync(caseNumber);
            await PostAsync(applicant, () => LookUpAsync(applicant, code));
            await Assertions.Expect(applicant.Locator("#rating-later")).ToContainTextAsync("办结");
            await Assertions.Expect(applicant.Locator("#rating-form")).ToHaveCountAsync(0);

            await AppServices.RefuseAsync(fixture.App.DatabasePath, caseNumber, "reviewer1");

            // The link in the final notice: the case number is filled in, the applicant types the code.
            await applicant.GotoAsync(new Uri(fixture.App.BaseAddress, "progress?case=" + caseNumber).ToString());
            await PostAsync(applicant, () => LookUpAsync(applicant, code));
            await Assertions.Expect(applicant.Locator("#progress-status")).ToHaveTextAsync("不予登记");
            await Assertions.Expect(applicant.Locator("#rating-form")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(applicant, "rating-1-form-zh");

            // No grade: refused at the form, nothing stored.
            await PostAsync(applicant, () => applicant.Locator("#rating-submit").ClickAsync());
            await Assertions.Expect(applicant.Locator("#rating-refused")).ToHaveTextAsync("请选择评价等级。");

            // A 差评 without reason or comment is refused; with a reason it is taken.
            await applicant.Locator("input[name='Rating.Level'][value='Dissatisfied']").CheckAsync();
            await PostAsync(applicant, () => applicant.Locator("#rating-submit").ClickAsync());
            await Assertions.Expect(applicant.Locator("#rating-refused")).ToHaveAttributeAsync("data-refusal", "NegativeWithoutReason");
            await applicant.Locator("input[name='Rating.Level'][value='Dissatisfied']").CheckAsync();
            await applicant.Locator("input[name='Rating.Reasons[RepeatedVisits]']").CheckAsync();
            await applicant.Locator("input[name='Rating.Reasons[UnclearRequirements]']").CheckAsync();
            await applicant.Locator("#rating-comment").FillAsync("补正材料没有一次性告知，跑了三趟。");
            await PostAsync(applicant, () => applicant.Locator("#rating-submit").ClickAsync());
            await Assertions.Expect(applicant.Locator("#rating-given")).ToHaveAttributeAsync("data-level", "Dissatisfied");
            await Assertions.Expect(applicant.Locator("#rating-given")).ToContainTextAsync("不满意");
            await Assertions.Expect(applicant.Locator("#rating-form")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(applicant, "rating-2-given-zh");

            // Once per case: looking it up again shows the rating given, not a form.
            await applicant.GotoAsync(new Uri(fixture.App.BaseAddress, "progress").ToString());
            await applicant.Locator("#progress-case").FillAsync(caseNumber);
            await PostAsync(applicant, () => LookUpAsync(applicant, code));
            await Assertions.Expect(applicant.Locator("#rating-given")).ToBeVisibleAsync();
            await Assertions.Expect(applicant.Locator("#rating-form")).ToHaveCountAsync(0);

            await applicant.Locator("a[data-culture='en']").ClickAsync();
            await applicant.WaitForURLAsync("**/progress");
            await applicant.Locator("#progress-case").FillAsync(caseNumber);
            await PostAsync(applicant, () => LookUpAsync(applicant, code));
            await Assertions.Expect(applicant.Locator("#rating-given")).ToContainTextAsync("Dissatisfied");
            await Screenshots.SaveAsync(applicant, "rating-3-given-en");
        }
        finally
        {
            await applicant.Context.CloseAsync();
        }

        var inspector = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(inspector, "inspector", "/rating-follow-ups");
            var card = inspector.Locator($".follow-up-card[data-case='{caseNumber}']");
            await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Open");
            await Assertions.Expect(card.Locator(".fu-reasons")).ToContainTextAsync("多次跑动");
            await Assertions.Expect(card.Locator(".fu-examiner")).ToContainTextAsync("reviewer1");
            await Screenshots.SaveAsync(inspector, "rating-4-follow-ups-zh");

            await card.Locator(".fu-text textarea").First.FillAsync("已核实：补正告知未一次性说明，已对窗口人员批评教育并修订告知单。");
            await card.Locator(".fu-reply-text textarea").First.FillAsync("已电话联系申请人说明情况并致歉。");
            await card.Locator(".fu-answer").ClickAsync();
            await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "Answered");
        }
        finally
        {
            await inspector.Context.CloseAsync();
        }

        var admin = await fixture.NewPageAsync();
        try
        {
            await admin.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.App.BaseAddress.ToString() }]);
            await SignIn.AsAsync(admin, "admin", "/rating-follow-ups");
            var card = admin.Locator($".follow-up-card[data-case='{caseNumber}']");
            await Assertions.Expect(card.Locator(".fu-reply")).ToContainTextAsync("Reply to the applicant");
            await Screenshots.SaveAsync(admin, "rating-5-follow-ups-en");
            await card.Locator(".fu-close").ClickAsync();
            await Assertions.Expect(admin.Locator("#fu-message")).ToHaveTextAsync("Saved.");
            await Assertions.Expect(card).ToHaveCountAsync(0);
        }
        finally
        {
            await admin.Context.CloseAsync();
        }
    }

    private static async Task LookUpAsync(IPage page, string code)
    {
        await page.Locator("#progress-code").FillAsync(code);
        await page.Locator("#progress-submit").ClickAsync();
    }

    // Each look-up and rating is a form post and a new page: wait for it, not for the previous page's answer.
    private static async Task PostAsync(IPage page, Func<Task> submit)
    {
        var posted = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("/progress", StringComparison.Ordinal));
        await submit();
        await posted;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
