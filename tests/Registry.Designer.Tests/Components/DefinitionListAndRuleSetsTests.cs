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
}
