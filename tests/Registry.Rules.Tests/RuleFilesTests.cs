using Registry.Rules;

namespace Registry.Rules.Tests;

public sealed class RuleFilesTests
{
    [Fact]
    public void LoadDirectory_ShippedRules_LoadAndCompile()
    {
        var catalogue = RuleSetCatalogue.LoadDirectory(TestCatalogue.RulesDirectory);
        Assert.NotEmpty(catalogue.RuleSets);
    }
}
