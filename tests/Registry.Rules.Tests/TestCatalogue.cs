using Registry.Rules;

namespace Registry.Rules.Tests;

/// <summary>The shipped catalogue, loaded once per test run (immutable, so sharing is safe).</summary>
internal static class TestCatalogue
{
    private static readonly Lazy<RuleSetCatalogue> Lazy = new(() => RuleSetCatalogue.LoadDirectory(RulesDirectory));

    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static RuleSetCatalogue Instance => Lazy.Value;
}
