using Registry.Application.Catalogue;
using Registry.Cli.Scenarios;
using Registry.Composition;

namespace Registry.Cli.Tests;

/// <summary>
/// Replays every scenario under tests/scenarios (subfolders included) against the product's service graph on a fresh
/// SQLite file and fails with the scenario's own failed expectations (see docs/scenarios.md); checks that every
/// business type in the catalogue has its own scenario in tests/scenarios/types.
/// </summary>
public sealed class ScenarioReplayTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "scenarios");

    private static readonly string TypesDirectory = Path.Combine(Directory, "types");

    /// <summary>Every scenario file, as a path relative to tests/scenarios with '/' separators.</summary>
    public static TheoryData<string> Scenarios() => new(ScenarioFiles());

    private static List<string> ScenarioFiles() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void TheScenarioFolderHoldsTheConflictScenarios()
    {
        var names = System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).ToList();

        Assert.Contains("conflict-seized-unit-transfer-blocked.json", names);
        Assert.Contains("conflict-seizure-release-promotes-waiting.json", names);
        Assert.Contains("conflict-second-mortgage-ranks-after-first.json", names);
        Assert.Contains("conflict-objection-lapses-after-15-days.json", names);
    }

    [Fact]
    public void TheReplaySetIncludesSubfolders()
    {
        // A type scenario copied to the output but left out of the theory would never be replayed.
        var replayed = ScenarioFiles().ToHashSet(StringComparer.Ordinal);
        var typeFiles = System.IO.Directory.Exists(TypesDirectory)
            ? System.IO.Directory.EnumerateFiles(TypesDirectory, "*.json").Select(f => "types/" + Path.GetFileName(f)).ToList()
            : [];

        Assert.NotEmpty(typeFiles);
        Assert.All(typeFiles, f => Assert.Contains(f, replayed));
    }

    [Fact]
    public async Task EveryBusinessTypeInTheCatalogueHasAScenarioThatAppliesIt()
    {
        var data = RegistryDataDirectories.Resolve(null);
        var catalogue = BusinessTypeCatalogueLoader.Load(new CatalogueOptions { CatalogueDirectory = data.Catalogue, RulesDirectory = data.Rules });
        var missing = new List<BusinessType>();
        var wrong = new List<string>();
        foreach (var type in catalogue.All)
        {
            var file = Path.Combine(TypesDirectory, type.Code + ".json");
            if (!File.Exists(file))
            {
                missing.Add(type);
                continue;
            }

            var scenario = await ScenarioReader.ReadFileAsync(file);
            if (!scenario.Steps.Any(s => string.Equals(s.Apply?.Type, type.Code, StringComparison.Ordinal)))
            {
                wrong.Add($"types/{type.Code}.json applies {string.Join(", ", scenario.Steps.Select(s => s.Apply?.Type).OfType<string>().DefaultIfEmpty("nothing"))}, not {type.Code}");
            }
        }

        var codes = catalogue.All.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var strays = System.IO.Directory.Exists(TypesDirectory)
            ? System.IO.Directory.EnumerateFiles(TypesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Where(n => !codes.Contains(n!)).Order(StringComparer.Ordinal).ToList()
            : [];

        var message = string.Join("\n", new[]
        {
            missing.Count == 0 ? null : $"{missing.Count} of {catalogue.All.Count} business types have no tests/scenarios/types/<Code>.json:\n"
                + string.Join("\n", missing.GroupBy(t => t.Category).Select(g => $"  {g.Key}: {string.Join(", ", g.Select(t => t.Code))}")),
            wrong.Count == 0 ? null : "scenarios that do not apply their own type:\n  " + string.Join("\n  ", wrong),
            strays.Count == 0 ? null : "files in tests/scenarios/types named after no business type: " + string.Join(", ", strays),
        }.OfType<string>());
        Assert.True(message.Length == 0, message);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_ReplaysWithEveryExpectationMet(string file)
    {
        var scenario = await ScenarioReader.ReadFileAsync(Path.Combine(Directory, file));

        var report = await new ScenarioRunner().RunAsync(scenario, file);

        Assert.True(report.Failures.Count == 0, $"{file}:\n{string.Join("\n", report.Failures)}\n--- log ---\n{string.Join("\n", report.Log)}");
    }
}
