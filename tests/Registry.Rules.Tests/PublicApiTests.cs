using Microsoft.Extensions.Time.Testing;
using Registry.Application.Review;

namespace Registry.Rules.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void RulesAssembly_PublicSurface_IsDeliberate()
    {
        var exported = typeof(RuleSetCatalogue).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "Registry.Rules.Functions.BusinessTypes",
            "Registry.Rules.Functions.CertificateNumbers",
            "Registry.Rules.Functions.IdNumbers",
            "Registry.Rules.Functions.LandTerms",
            "Registry.Rules.MaterialsChecklist",
            "Registry.Rules.RuleSetCatalogue",
            "Registry.Rules.RuleSetCompilationCache",
            "Registry.Rules.RuleSetInfo",
            "Registry.Rules.RuleSetValidationError",
            "Registry.Rules.RuleSetValidationException",
            "Registry.Rules.RulesServiceCollectionExtensions",
        ], exported);
    }

    [Fact]
    public void RuleDates_Today_UsesTimeProviderInOfficeZone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 16, 30, 0, TimeSpan.Zero)); // 00:30 next day in UTC+8
        var zone = TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
        Assert.Equal(new DateOnly(2026, 11, 23), RuleDates.Today(time, zone));
    }
}
