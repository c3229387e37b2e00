using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Registry.Domain.Codes;
using Registry.EndToEnd.Tests.Harness;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The acceptance window (受理) on the demo data: an acceptor accepts a second-hand transfer with the recorded owner as
/// seller and sees the case number with the intelligent review's findings; a transfer of a seized unit is shown blocked.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class AcceptanceTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Acceptor_AcceptsAResaleOfACleanUnit_AndSeesTheCaseNumberWithTheFindings()
    {
        var unit = await FindUnitAsync(CleanSoleFlatSql);
        var page = await fixture.NewPageAsync();
        try
        {
            await OpenIntakeAsync(page);
            await FillResaleAsync(page, unit, "周晓梅", Id("34012119880512300"));
            await Screenshots.SaveAsync(page, "intake-form");

            await page.Locator("#intake-submit").ClickAsync();

            var caseNumber = await CaseNumberShownAsync(page);
            await LogFindingsAsync(page, caseNumber);
            await Assertions.Expect(page.Locator("#acceptance-findings .rules-passed")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".finding[data-rule='REG-SEIZURE-BLOCKS-DISPOSAL']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("section[data-severity='Block']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#acceptance-verdict")).Not.ToHaveTextAsync("智能审核发现阻断项：须清除后方可继续办理。");
            await Assertions.Expect(page.Locator("#acceptance-findings .scans-stored")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "intake-accepted");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Acceptor_AcceptsATransferOfASeizedUnit_AndSeesItBlockedByTheSeizureRule()
    {
        var unit = await FindUnitAsync(SeizedOwnedUnitSql);
        var page = await fixture.NewPageAsync();
        try
        {
            await OpenIntakeAsync(page);
            await FillResaleAsync(page, unit, "孙立军", Id("34012119790203451"));

            await page.Locator("#intake-submit").ClickAsync();

            var caseNumber = await CaseNumberShownAsync(page);
            await Assertions.Expect(page.Locator("section[data-severity='Block'] .finding[data-rule='REG-SEIZURE-BLOCKS-DISPOSAL']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("section[data-severity='Block'] .finding[data-rule='REG-SEIZURE-BLOCKS-DISPOSAL'] .rule-message")).ToContainTextAsync(unit.Code);
            await Assertions.Expect(page.Locator("#acceptance-verdict")).ToHaveTextAsync("智能审核发现阻断项：须清除后方可继续办理。");
            await LogFindingsAsync(page, caseNumber);
            await Screenshots.SaveAsync(page, "intake-seized-blocked");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    // A current sole ownership by a person on a flat with nothing else on it; the highest code, far from the demo's own open cases.
    private const string CleanSoleFlatSql = """
        SELECT e.UnitCode, h.Name FROM RegisterEntries e
        JOIN RightHolders h ON h.EntryId = e.Id
        JOIN Units u ON u.Code = e.UnitCode
        WHERE e.Kind = 'Ownership' AND e.ClosedAt IS NULL AND e.CoOwnership = 'Sole' AND h.IdKind = 'ResidentId' AND u.Kind = 'Household'
          AND NOT EXISTS (SELECT 1 FROM RegisterEntries x WHERE x.UnitCode = e.UnitCode AND x.ClosedAt IS NULL AND x.Kind <> 'Ownership')
        ORDER BY e.UnitCode DESC LIMIT 1
        """;

    // A unit under an active seizure (查封) that a person owns.
    private const string SeizedOwnedUnitSql = """
        SELECT e.UnitCode, h.Name FROM RegisterEntries e
        JOIN RightHolders h ON h.EntryId = e.Id
        WHERE e.Kind = 'Ownership' AND e.ClosedAt IS NULL AND h.IdKind = 'ResidentId' AND h.Ordinal = 0
          AND EXISTS (SELECT 1 FROM RegisterEntries s WHERE s.UnitCode = e.UnitCode AND s.Kind = 'Seizure' AND s.SeizureState = 'Active' AND s.ClosedAt IS NULL)
        ORDER BY e.UnitCode LIMIT 1
        """;

    private sealed record DemoUnit(string Code, string Owner);

    private async Task<DemoUnit> FindUnitAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.App.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the demo data has no such unit");
        var unit = new DemoUnit(reader.GetString(0), reader.GetString(1));
        output.WriteLine($"unit {unit.Code}, recorded owner {unit.Owner}");
        return unit;
    }

    private static string Id(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static async Task OpenIntakeAsync(IPage page)
    {
        await SignIn.AsAsync(page, "acceptor");
        await page.Locator("a[href='intake']").ClickAsync();
        await page.WaitForURLAsync("**/intake");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("受理");
    }

    private static async Task FillResaleAsync(IPage page, DemoUnit unit, string buyer, string buyerId)
    {
        await page.Locator("#intake-type-search").FillAsync("存量房");
        await page.Locator(".type-option[data-type='HouseTransferResale']").ClickAsync();
        await Assertions.Expect(page.Locator(".chosen-type[data-type='HouseTransferResale']")).ToBeVisibleAsync();

        // Materials: the checklist of the type; the contract's scan is uploaded, which marks it received.
        // The tax receipt comes through data sharing (完税信息共享): the acceptor ticks it once the record is there.
        foreach (var code in new[] { "APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "TAX_RECEIPT" })
        {
            await page.Locator($"#material-{code}").CheckAsync();
        }

        await page.Locator("#scan-SALE_CONTRACT").SetInputFilesAsync(new FilePayload
        {
            Name = "买卖合同.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.4\n% sale contract\n"u8.ToArray(), .. new byte[2048]],
        });
        await Assertions.Expect(page.Locator(".scan[data-scan='买卖合同.pdf']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#material-SALE_CONTRACT")).ToBeCheckedAsync();

        // Unit: found by its code; its register is shown; the recorded owners become the sellers.
        await page.Locator("#unit-search").FillAsync(unit.Code);
        await page.Locator("#unit-search-button").ClickAsync();
        await page.Locator($"tr.unit-result[data-unit='{unit.Code}'] .unit-add").ClickAsync();
        await Assertions.Expect(page.Locator($".selected-unit[data-unit='{unit.Code}'] .register-section.ownerships")).ToContainTextAsync(unit.Owner);
        await page.Locator(".use-owners").ClickAsync();
        await Assertions.Expect(page.Locator("tr.party-row[data-index='0'] input.party-name")).ToHaveValueAsync(unit.Owner);

        // Buyer: a wrong check character is flagged at the field as typed, then corrected.
        await page.Locator("#party-add").ClickAsync();
        var row = page.Locator("tr.party-row").Last;
        await row.Locator("select.party-role").SelectOptionAsync("Transferee");
        await row.Locator("input.party-name").FillAsync(buyer);
        var wrong = buyerId[..17] + (buyerId[17] == '0' ? '1' : '0');
        await row.Locator("input.party-id").FillAsync(wrong);
        await Assertions.Expect(row.Locator(".intake-error")).ToHaveTextAsync($"第 18 位校验码“{wrong[17]}”有误，应为“{buyerId[17]}”。");
        await row.Locator("input.party-id").FillAsync(buyerId);
        await Assertions.Expect(row.Locator(".intake-error")).ToHaveCountAsync(0);

        await page.Locator("#fact-declaredPrice").FillAsync("1200000");
        await page.Locator("#fact-coOwnership").SelectOptionAsync("Sole");
    }

    private static async Task<string> CaseNumberShownAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#acceptance-result")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var link = page.Locator("#case-link");
        var caseNumber = (await link.InnerTextAsync()).Trim();
        Assert.Matches(CaseNumberPattern(), caseNumber);
        Assert.Equal($"/cases/{caseNumber}", await link.GetAttributeAsync("href"));
        return caseNumber;
    }

    private async Task LogFindingsAsync(IPage page, string caseNumber)
    {
        output.WriteLine($"case {caseNumber}: {await page.Locator("#acceptance-verdict").InnerTextAsync()}");
        foreach (var finding in await page.Locator(".finding").AllAsync())
        {
            output.WriteLine($"  {await finding.GetAttributeAsync("data-rule")}: {await finding.Locator(".rule-message").InnerTextAsync()}");
        }
    }

    [GeneratedRegex(@"^340121\d{14}$")]
    private static partial Regex CaseNumberPattern();
}
