using System.Globalization;
using Bunit;
using Registry.Application.Security;
using Registry.Designer.Workflows;

namespace Registry.Designer.Tests.Components;

public sealed class DefinitionListAndRuleSetsTests : DesignerComponentTest
{
    [Fact]
    public void DefinitionList_ShowsNamesAndLatestPublishedVersion()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<DefinitionList>();

        var row = page.WaitForElement("tr.designer-definition[data-id='house-transfer-resale']");
        Assert.Contains("存量房转移登记", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second-hand housing transfer", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("v1", row.QuerySelector(".latest-published")!.TextContent);
        Assert.Equal("—", row.QuerySelector(".draft")!.TextContent);
    }

    // The rule designer edits and publishes rule sets; the link to it said 只读 (read-only) from before it did.
    [Theory]
    [InlineData("zh-CN", "规则集")]
    [InlineData("en", "Rule sets")]
    public void DefinitionList_LinksToTheRuleSets_WithoutCallingThemReadOnly(string culture, string text)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<DefinitionList>();

        Assert.Equal(text, page.Find("#designer-rule-sets-link").TextContent.Trim());
    }
}
