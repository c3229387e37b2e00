using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;
using Registry.Web.Tests.Fakes;

namespace Registry.EndToEnd.Tests;

/// <summary>The register pages in a real browser, on the sample register (no database needed).</summary>
[Trait("Category", "EndToEnd")]
public sealed class SampleRegisterPagesTests(SampleRegisterHost host) : IClassFixture<SampleRegisterHost>
{
    [Fact]
    public async Task Search_ShowsBadges_AndTheUnitPageShowsMortgagesAndSeizuresInOrder()
    {
        var page = await host.NewPageAsync();
        await Circuit.OpenAsync(page, "/register");

        await RegisterSearchPage.SearchAsync(page, "幸福路");

        await Assertions.Expect(page.Locator("a.unit-link")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".badge-mortgage")).ToHaveTextAsync("抵押 ×2");
        await Assertions.Expect(page.Locator(".badge-waiting")).ToHaveTextAsync("轮候 ×2");
        await Screenshots.SaveAsync(page, "sample-register-search");

        await page.Locator("a.unit-link", new() { HasText = SampleRegisterBrowser.Burdened }).ClickAsync();
        await page.WaitForURLAsync("**/register/" + SampleRegisterBrowser.Burdened);

        await Assertions.Expect(page.Locator("tr.mortgage-row .priority")).ToHaveTextAsync(["顺位 1", "顺位 2"]);
        await Assertions.Expect(page.Locator("tr.seizure-waiting")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("tr.seizure-waiting").First).ToContainTextAsync("轮候第 1 位");
        await Screenshots.SaveAsync(page, "sample-register-unit");

        var asOf = page.Locator(".as-of-picker input");
        await asOf.FillAsync("2024-05-01");
        await asOf.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".unit-as-of")).ToContainTextAsync("2024-05-01 23:59");
        Assert.Contains(host.Register.UnitReads, read => read.AsOf?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) == "2024-05-01 23:59 +08:00");

        await page.Locator(".mud-tab", new() { HasText = "历史记录" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr.history-closed")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "sample-register-history");

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CultureSwitch_OnTheUnitPage_ReturnsToTheSameUnitInEnglish()
    {
        var page = await host.NewPageAsync();
        await Circuit.OpenAsync(page, "/register/" + SampleRegisterBrowser.Burdened);
        await Assertions.Expect(page.Locator("tr.mortgage-row .priority").First).ToHaveTextAsync("顺位 1");

        await page.Locator(".culture-switcher button").ClickAsync();
        await page.Locator("[data-culture='en']").ClickAsync();

        await Assertions.Expect(page.Locator("tr.mortgage-row .priority").First).ToHaveTextAsync("Priority 1");
        Assert.EndsWith("/register/" + SampleRegisterBrowser.Burdened, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("tr.mortgage-row .amount").First).ToHaveTextAsync("¥1,200,000.00");
        await Screenshots.SaveAsync(page, "sample-register-unit-en");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task UnknownUnit_SaysWhichCodeWasNotFound()
    {
        var page = await host.NewPageAsync();

        await Circuit.OpenAsync(page, "/register/NO-SUCH-UNIT");

        await Assertions.Expect(page.Locator(".unit-not-found")).ToContainTextAsync("NO-SUCH-UNIT");
        await page.Context.CloseAsync();
    }
}
