using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>The harness itself: the app starts, answers /health, and renders in a real browser. Needs no data.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed class HostTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Health_AnswersOk()
    {
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };

        var body = await http.GetStringAsync(new Uri("health", UriKind.Relative));

        Assert.Equal("ok", body);
    }

    [Fact]
    public async Task Home_RendersInChinese_WithAppBarAndNavigation()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "acceptor");

        await Circuit.OpenAsync(page, "/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("欢迎使用不动产登记审批系统");
        await Assertions.Expect(page.Locator(".app-title")).ToHaveTextAsync("不动产登记审批系统 Registry");
        await Assertions.Expect(page.Locator(".mud-nav-link", new() { HasText = "登记簿" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "home-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CultureSwitcher_SwitchesToEnglish_AndStaysOnThePage()
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "acceptor");
        await Circuit.OpenAsync(page, "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("欢迎使用不动产登记审批系统");

        await page.Locator(".culture-switcher button").ClickAsync();
        await page.Locator("[data-culture='en']").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Welcome to the property registration approval system");
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "home-en");
        await page.Context.CloseAsync();
    }
}
