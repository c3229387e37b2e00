using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// Decisions on the case page that must be refused, on demo cases of the deciding app: a second page acting on a task
/// already decided gets the conflict, and one person cannot take two review steps of a case.
/// A case decided all the way to the register is <see cref="ExaminerConsoleStoryTests"/>.
/// </summary>
[Collection(DecisionsCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class CaseDecisionTests(OwnAppFixture fixture)
{
    [Fact]
    public async Task TwoPagesOnOneTask_TheFirstDecides_AndTheStalePageGetsTheConflictByName()
    {
        var caseNumber = await fixture.TakeDemoCaseAsync();
        var page = await fixture.NewPageAsync();
        var stale = await fixture.NewPageAsync();
        try
        {
            // Two pages of reviewer1 (same cookies) show the same 初审 task.
            await SignIn.AsAsync(page, "reviewer1");
            await CasePages.OpenAsync(page, caseNumber);
            await stale.Context.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            await CasePages.OpenAsync(stale, caseNumber);
            await Assertions.Expect(stale.Locator("#decision-task")).ToContainTextAsync("初审");

            await CasePages.DecideAsync(page, "初审");
            await stale.Locator("#decision-kind-approve").ClickAsync();
            await stale.Locator("#decision-template").ClickAsync();
            await stale.Locator("#decision-submit").ClickAsync();

            await Assertions.Expect(stale.Locator("#case-conflict")).ToContainTextAsync("“初审”已由 王芳 于");
            await Assertions.Expect(stale.Locator("#case-conflict")).ToContainTextAsync("未保存");
            await Screenshots.SaveAsync(stale, "case-conflict");
            Assert.Equal(1, await stale.Locator("tr.journal-line[data-action='Completed'][data-step='初审']").CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
            await stale.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheFirstReviewerOfACase_IsRefusedTheSecondReview()
    {
        var caseNumber = await fixture.TakeDemoCaseAsync();
        var page = await fixture.NewPageAsync();
        try
        {
            await SignIn.AsAsync(page, OwnAppFixture.DualReviewer);
            await CasePages.OpenAsync(page, caseNumber);
            await CasePages.DecideAsync(page, "初审");

            // The same person now holds the role of the open task (复审) but may not take it: said plainly, no form.
            await Assertions.Expect(CasePages.CurrentNode(page, "secondReview")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#decision-separation")).ToContainTextAsync("审核分离");
            await Assertions.Expect(page.Locator("#decision-submit")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "case-separation-of-duties");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
