using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Register.Browse;
using Registry.Web.Components.Register;
using Registry.Web.Tests.Fakes;

namespace Registry.Web.Tests.Register;

public sealed class RegisterSearchTests : RegistryComponentTest
{
    [Fact]
    public void Search_RendersOneRowPerUnit_WithLinksToTheUnitPage()
    {
        var cut = Render<RegisterSearch>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("a.unit-link").Count));
        var links = cut.FindAll("a.unit-link");
        Assert.Equal(SampleRegisterBrowser.Burdened, links[0].TextContent.Trim());
        Assert.Equal("register/" + SampleRegisterBrowser.Burdened, links[0].GetAttribute("href"));
        Assert.Contains("幸福路88号1幢2单元301室", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("89.56", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ShowsEncumbranceBadges_OnlyOnTheBurdenedUnit()
    {
        var cut = Render<RegisterSearch>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("a.unit-link").Count));
        var rows = cut.FindAll("tr").Where(r => r.QuerySelector("a.unit-link") is not null).ToList();
        var burdened = rows[0];
        Assert.Equal("抵押 ×2", burdened.QuerySelector(".badge-mortgage")!.TextContent.Trim());
        Assert.Equal("查封", burdened.QuerySelector(".badge-seizure")!.TextContent.Trim());
        Assert.Equal("轮候 ×2", burdened.QuerySelector(".badge-waiting")!.TextContent.Trim());
        Assert.NotNull(burdened.QuerySelector(".badge-prenotice"));
        Assert.NotNull(burdened.QuerySelector(".badge-objection"));
        Assert.Empty(rows[1].QuerySelectorAll(".mud-chip"));
    }

    [Fact]
    public void Search_WithQueryText_AsksTheBrowserForTheFirstPageOfThatText()
    {
        var cut = RenderAt("register?q=%20王五%20");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("a.unit-link")));
        var search = Assert.Single(Browser.Searches);
        Assert.Equal("王五", search.Text);
        Assert.Equal(0, search.Page);
        Assert.Equal(20, search.PageSize);
    }

    [Fact]
    public void Search_WhenNothingMatches_SaysSo()
    {
        var cut = RenderAt("register?q=不存在的坐落");

        cut.WaitForAssertion(() => Assert.Contains("没有符合条件的不动产单元。", cut.Find(".no-results").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ButtonPutsTheTextIntoTheAddress_AndSearchesForIt()
    {
        var cut = RenderAt("register");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("a.unit-link").Count));

        cut.Find("#register-search-text").Input("幸福路");
        // MudTextField hands the typed text to its binding asynchronously: wait until the field shows it bound.
        cut.WaitForAssertion(() => Assert.Equal("幸福路", cut.Find("#register-search-text").GetAttribute("value")));
        cut.Find("#register-search-button").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        // The click's handler may finish after Click() returns on a loaded machine: wait for the address to change.
        cut.WaitForAssertion(() => Assert.EndsWith("/register?q=%E5%B9%B8%E7%A6%8F%E8%B7%AF", navigation.Uri, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Equal(new UnitSearch("幸福路", 0, 20), Browser.Searches[^1]));
    }

    private IRenderedComponent<RegisterSearch> RenderAt(string relativeUri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUri);
        return Render<RegisterSearch>();
    }
}
