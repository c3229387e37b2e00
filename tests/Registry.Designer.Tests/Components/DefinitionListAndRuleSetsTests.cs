using Bunit;
using Registry.Application.Security;
using Registry.Designer.Rules;
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

    [Fact]
    public void RuleSets_AreListedReadOnly_WithSeverityAndExpression()
    {
        SignInAs("admin", RegistryRoles.BusinessAdmin);

        var page = Render<RuleSetList>();

        var rule = page.WaitForElement("section.rule-set[data-name='review-intake'] tr.rule[data-rule='REG-JOINT-APPLICATION']");
        Assert.Equal("阻断", rule.QuerySelector(".severity")!.TextContent);
        Assert.Contains("BusinessTypes.MissingJointSide", rule.TextContent, StringComparison.Ordinal);
        Assert.Contains("rules/", page.Find("#rule-sets-note").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("section.rule-set[data-name='materials']"));
        Assert.Empty(page.FindAll("textarea"));
    }

    [Fact]
    public void RuleSets_RefuseSomeoneWhoIsNotBusinessAdmin()
    {
        SignInAs("acceptor", RegistryRoles.Acceptor);

        var page = Render<RuleSetList>();

        page.WaitForElement("#designer-error");
        Assert.Empty(page.FindAll("section.rule-set"));
    }
}
