using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The acceptance window (受理) on the demo data: a transfer of a seized unit is shown blocked by the seizure rule.
/// The accepted resale of a clean unit, carried on to the register, is <see cref="ExaminerConsoleStoryTests"/>.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class AcceptanceTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Acceptor_AcceptsATransferOfASeizedUnit_AndSeesItBlockedByTheSeizureRule()
    {
        var unit = await DemoData.SeizedOwnedUnitAsync(fixture.App.DatabasePath);
        output.WriteLine($"unit {unit.Code}, recorded owner {unit.Owner}");
        var page = await fixture.NewPageAsync();
        try
        {
            await Intake.OpenAsync(page);
            await Intake.FillResaleAsync(page, unit, "孙立军", DemoData.ResidentId("34012119790203451"));

            var caseNumber = await Intake.SubmitAsync(page);

            var seizure = page.Locator("section[data-severity='Block'] .finding[data-rule='REG-SEIZURE-BLOCKS-DISPOSAL']");
            await Assertions.Expect(seizure).ToBeVisibleAsync();
            await Intake.FindingsAsync(page, caseNumber, output);
            await Assertions.Expect(seizure.Locator(".rule-message")).ToContainTextAsync(unit.Code);
            await Assertions.Expect(page.Locator("#acceptance-verdict")).ToHaveTextAsync(Intake.BlockedVerdict);
            await Screenshots.SaveAsync(page, "intake-seized-blocked");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
