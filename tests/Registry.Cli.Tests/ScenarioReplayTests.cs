using Registry.Cli.Scenarios;

namespace Registry.Cli.Tests;

/// <summary>
/// Replays every scenario under tests/scenarios against the product's service graph on a fresh SQLite file and fails
/// with the scenario's own failed expectations (see docs/scenarios.md).
/// </summary>
public sealed class ScenarioReplayTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void TheScenarioFolderHoldsTheConflictScenarios()
    {
        var names = System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).ToList();

        Assert.Contains("conflict-seized-unit-transfer-blocked.json", names);
        Assert.Contains("conflict-seizure-release-promotes-waiting.json", names);
        Assert.Contains("conflict-second-mortgage-ranks-after-first.json", names);
        Assert.Contains("conflict-objection-lapses-after-15-days.json", names);
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
