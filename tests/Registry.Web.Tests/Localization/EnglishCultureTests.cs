using Bunit;
using Registry.Web.Components.Register;
using Registry.Web.Tests.Fakes;

namespace Registry.Web.Tests.Localization;

public sealed class EnglishCultureTests : RegistryComponentTest
{
    [Fact]
    public void Search_InEnglish_UsesEnglishHeadersAndBadges()
    {
        UseCulture("en");

        var cut = Render<RegisterSearch>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("a.unit-link").Count));
        Assert.Equal("Register search", cut.Find("h1").TextContent.Trim());
        Assert.Contains("Unit code", cut.Find("thead").TextContent, StringComparison.Ordinal);
        Assert.Equal("Mortgage ×2", cut.Find(".badge-mortgage").TextContent.Trim());
        Assert.DoesNotContain("抵押", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_InEnglish_UsesEnglishLabels_AndTheSameYuanAmounts()
    {
        UseCulture("en");

        var cut = Render<UnitRegister>(ps => ps.Add(p => p.UnitCode, SampleRegisterBrowser.Burdened));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tr.mortgage-row").Count));
        Assert.Equal("Priority 1", cut.Find("tr.mortgage-row .priority").TextContent.Trim());
        Assert.Equal("¥1,200,000.00", cut.Find("tr.mortgage-row .amount").TextContent.Trim());
        Assert.Contains("Waiting, position 1", cut.FindAll("tr.seizure-row")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Mortgages", cut.Markup, StringComparison.Ordinal);
    }
}
