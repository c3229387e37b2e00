using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>The acceptance window (受理) steps: open it as the acceptor, fill a second-hand transfer, submit, read the findings.</summary>
public static partial class Intake
{
    /// <summary>The verdict text when the intelligent review found a blocking item.</summary>
    public const string BlockedVerdict = "智能审核发现阻断项：须清除后方可继续办理。";

    /// <summary>Signs in as the acceptor and opens the acceptance page from the navigation menu.</summary>
    public static async Task OpenAsync(IPage page)
    {
        await SignIn.AsAsync(page, "acceptor");
        await page.Locator("a[href='intake']").ClickAsync();
        await page.WaitForURLAsync("**/intake");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("受理");
    }

    /// <summary>
    /// Fills a 存量房转移 (HouseTransferResale) of <paramref name="unit"/>: materials, the contract's scan, the unit with its
    /// recorded owner as seller, and the buyer, whose ID is first typed with a wrong check character to see it flagged at
    /// the field.
    /// </summary>
    public static async Task FillResaleAsync(IPage page, DemoUnit unit, string buyer, string buyerId)
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
        // The new row by its index, once rendered: "the last row" read before it renders is the seller's.
        var rows = page.Locator("tr.party-row");
        var index = await rows.CountAsync();
        await page.Locator("#party-add").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(index + 1);
        var row = page.Locator($"tr.party-row[data-index='{index}']");
        await row.Locator("select.party-role").SelectOptionAsync("Transferee");
        await row.Locator("input.party-name").FillAsync(buyer);
        var wrong = buyerId[..17] + (buyerId[17] == '0' ? '1' : '0');
        await row.Locator("input.party-id").FillAsync(wrong);
        await Assertions.Expect(row.Locator(".intake-error")).ToHaveTextAsync($"第 18 位校验码“{wrong[17]}”有误，应为“{buyerId[17]}”。");
        await row.Locator("input.party-id").FillAsync(buyerId);
        await Assertions.Expect(row.Locator(".intake-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr.party-row[data-index='0'] input.party-name")).ToHaveValueAsync(unit.Owner);

        // The seller hands in the certificate (不动产权证书); the acceptor types its number from the paper.
        if (unit.Certificate is not null)
        {
            await page.Locator("#fact-certificateNo").FillAsync(unit.Certificate);
        }

        await page.Locator("#fact-declaredPrice").FillAsync("1200000");
        await page.Locator("#fact-coOwnership").SelectOptionAsync("Sole");
    }

    /// <summary>Submits the form and returns the case number shown with its link to the case page.</summary>
    public static async Task<string> SubmitAsync(IPage page)
    {
        await page.Locator("#intake-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#acceptance-result")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var link = page.Locator("#case-link");
        var caseNumber = (await link.InnerTextAsync()).Trim();
        Assert.Matches(CaseNumberPattern(), caseNumber);
        Assert.Equal($"/cases/{caseNumber}", await link.GetAttributeAsync("href"));
        return caseNumber;
    }

    /// <summary>Writes the verdict and each finding to the test output and returns the flagged rules' codes.</summary>
    public static async Task<IReadOnlyList<string>> FindingsAsync(IPage page, string caseNumber, ITestOutputHelper output)
    {
        output.WriteLine($"case {caseNumber}: {await page.Locator("#acceptance-verdict").InnerTextAsync()}");
        var rules = new List<string>();
        foreach (var finding in await page.Locator("#acceptance-findings .finding").AllAsync())
        {
            var rule = await finding.GetAttributeAsync("data-rule") ?? string.Empty;
            rules.Add(rule);
            output.WriteLine($"  {rule}: {await finding.Locator(".rule-message").InnerTextAsync()}");
        }

        return rules;
    }

    [GeneratedRegex(@"^340121\d{14}$")]
    private static partial Regex CaseNumberPattern();
}
