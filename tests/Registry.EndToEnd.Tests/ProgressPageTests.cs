using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The applicant's progress page (办理进度) in a real browser: the acceptor takes the applicant's mobile number and reads
/// the query code off the receipt; signed out, the applicant sees the case's step and deadline with it, while a wrong
/// code and an unknown case number get the very same refusal.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ProgressPageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Buyer = "钱晓燕";
    private static readonly string BuyerId = DemoData.ResidentId("34012119850612362");

    [Fact]
    public async Task Applicant_FollowsTheCaseWithTheReceiptsQueryCode_AndAWrongCodeIsRefusedLikeAnUnknownCase()
    {
        var unit = await DemoData.CleanSoleFlatAsync(fixture.App.DatabasePath, skip: 5);
        var acceptor = await fixture.NewPageAsync();
        string caseNumber, code;
        try
        {
            await Intake.OpenAsync(acceptor);
            await Intake.FillResaleAsync(acceptor, unit, Buyer, BuyerId);

            // The buyer's mobile number: a landline-like number is refused at the field, in Chinese, then corrected.
            var mobile = acceptor.Locator("tr.party-row").Last.Locator("input.party-mobile");
            await mobile.FillAsync("0551-6512345");
            await acceptor.Locator("#intake-submit").ClickAsync();
            await Assertions.Expect(acceptor.Locator("tr.party-row").Last.Locator(".intake-error")).ToContainTextAsync("手机号码应为 11 位大陆手机号");
            await mobile.FillAsync("139 1234 5678");
            await Screenshots.SaveAsync(acceptor, "progress-1-intake-mobile");

            caseNumber = await Intake.SubmitAsync(acceptor);
            var shown = (await acceptor.Locator("#query-code").InnerTextAsync()).Trim();
            Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", shown);
            code = shown;
            output.WriteLine($"case {caseNumber}, query code {code}");
            await Screenshots.SaveAsync(acceptor, "progress-2-receipt-query-code");
        }
        finally
        {
            await acceptor.Context.CloseAsync();
        }

        // A fresh context: no sign-in cookie at all.
        var applicant = await fixture.NewPageAsync();
        try
        {
            var unknownCase = caseNumber[..^4] + (caseNumber[^4..] == "9999" ? "9998" : "9999");
            var refusedForUnknown = await LookUpAsync(applicant, unknownCase, code);
            var wrongCode = code[0] == 'A' ? "B" + code[1..] : "A" + code[1..];
            var refusedForWrongCode = await LookUpAsync(applicant, caseNumber, wrongCode);
            Assert.Equal("未找到与该业务号和查询码相符的业务。请核对后再试。", refusedForUnknown);
            Assert.Equal(refusedForUnknown, refusedForWrongCode);
            await Assertions.Expect(applicant.Locator("#progress-result")).ToHaveCountAsync(0);

            Assert.Null(await LookUpAsync(applicant, caseNumber, code.ToLowerInvariant()));
            await Assertions.Expect(applicant.Locator("#progress-case-number")).ToHaveTextAsync(caseNumber);
            var status = await applicant.Locator("#progress-status").InnerTextAsync();
            var step = await applicant.Locator("#progress-current").InnerTextAsync();
            output.WriteLine($"status {status}, current step {step}, deadline {await applicant.Locator("#progress-deadline").InnerTextAsync()}");
            Assert.True(status is "审核中" or "已受理", status);
            Assert.NotEqual("—", step.Trim());
            await Assertions.Expect(applicant.Locator("#progress-deadline")).ToContainTextAsync("个工作日");
            await Assertions.Expect(applicant.Locator("#progress-steps li").First).ToContainTextAsync("受理");
            await Screenshots.SaveAsync(applicant, "progress-3-zh");

            // The same look-up in English.
            await applicant.Locator("a[data-culture='en']").ClickAsync();
            await applicant.WaitForURLAsync("**/progress");
            Assert.Null(await LookUpAsync(applicant, caseNumber, code));
            await Assertions.Expect(applicant.Locator("#progress-deadline")).ToContainTextAsync("working days");
            await Assertions.Expect(applicant.Locator("h1")).ToHaveTextAsync("Follow your case");
            await Screenshots.SaveAsync(applicant, "progress-4-en");
        }
        finally
        {
            await applicant.Context.CloseAsync();
        }
    }

    /// <summary>Looks a case up on the public page; returns the refusal's text, or null when the progress is shown.</summary>
    private async Task<string?> LookUpAsync(IPage page, string caseNumber, string code)
    {
        if (!page.Url.EndsWith("/progress", StringComparison.Ordinal))
        {
            await page.GotoAsync(new Uri(fixture.App.BaseAddress, "progress").ToString());
        }

        await page.Locator("#progress-case").FillAsync(caseNumber);
        await page.Locator("#progress-code").FillAsync(code);
        // The look-up is a form post and a new page: wait for it, not for the previous page's answer.
        var posted = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/progress", StringComparison.Ordinal));
        await page.Locator("#progress-submit").ClickAsync();
        await posted;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.Locator("#progress-refused, #progress-result")).ToBeVisibleAsync();
        return await page.Locator("#progress-refused").CountAsync() > 0 ? (await page.Locator("#progress-refused").InnerTextAsync()).Trim() : null;
    }
}
