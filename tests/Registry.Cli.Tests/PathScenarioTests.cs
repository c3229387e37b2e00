using Registry.Application.Catalogue;
using Registry.Cli.Scenarios;
using Registry.Composition;

namespace Registry.Cli.Tests;

/// <summary>
/// The stories beyond the straight path (tests/scenarios/paths): every category of the catalogue has its folder with a
/// rejection and a conflict, and a return for supplement, a suspension and a withdrawal where its workflow offers them;
/// the newer expectations (history, deadline, paused clock, certificate number, incidents, races, seizure terms) fail
/// when they do not hold, and <c>scenario --check</c> exits 1 on a failed expectation.
/// </summary>
public sealed class PathScenarioTests
{
    private static readonly string Paths = Path.Combine(AppContext.BaseDirectory, "scenarios", "paths");

    private static Task<ScenarioFile> PathScenarioAsync(string relative) => ScenarioReader.ReadFileAsync(Path.Combine(Paths, relative));

    [Fact]
    public void EveryCategoryOfTheCatalogue_HasStoriesForEachPathItsWorkflowOffers()
    {
        var data = RegistryDataDirectories.Resolve(null);
        var catalogue = BusinessTypeCatalogueLoader.Load(new CatalogueOptions { CatalogueDirectory = data.Catalogue, RulesDirectory = data.Rules });
        var problems = new List<string>();
        foreach (var category in catalogue.All.Select(t => t.Category).Distinct(StringComparer.Ordinal))
        {
            var folder = Path.Combine(Paths, category);
            var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().ToList() : [];
            // Instant registrations (seizures, objections) have no return, suspension or withdrawal: they are booked on acceptance.
            var instantOnly = catalogue.All.Where(t => t.Category == category).All(t => t.WorkflowId == "catalogue-instant");
            var wanted = instantOnly
                ? new[] { ("a refusal", "refused-"), ("a conflict", "conflict-") }
                : [("a return for supplement", "return-for-supplement"), ("a rejection", "rejection"), ("a suspension", "suspension-"), ("a withdrawal", "withdrawal"), ("a conflict", "conflict-")];
            foreach (var (what, prefix) in wanted)
            {
                if (!files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    problems.Add($"paths/{category}/ has no {what} ({prefix}*.json)");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryPathStory_SaysWhatMakesItRight()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Paths, "*.json", SearchOption.AllDirectories))
        {
            var scenario = await ScenarioReader.ReadFileAsync(file);
            if (scenario.Description is not { Length: > 0 } description || !(description.Contains("依据", StringComparison.Ordinal) || description.Contains('条', StringComparison.Ordinal)))
            {
                missing.Add(Path.GetRelativePath(Paths, file));
            }
        }

        Assert.True(missing.Count == 0, "path stories without a description citing their basis: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task WrongHistoryDeadlineClockAndCertificateNumber_AreEachReported()
    {
        var scenario = await PathScenarioAsync("house/return-for-supplement.json");
        var label = Assert.Single(scenario.Expect!.Cases.Keys);
        var check = new ScenarioStep
        {
            Check = new ScenarioExpectation { Cases = { [label] = new CaseExpectation { Deadline = new DateOnly(2026, 3, 9), ClockPaused = false } } },
        };

        // After the return: the clock is paused and the due date has not moved yet; both are expected wrongly here.
        var steps = scenario.Steps.Take(4).Append(check).Concat(scenario.Steps.Skip(4)).ToList();
        var wrong = scenario with
        {
            Steps = steps,
            Expect = new ScenarioExpectation
            {
                Cases =
                {
                    [label] = new CaseExpectation
                    {
                        History = [new HistoryExpectation { Action = "returned", Node = "firstReview", By = "reviewer2" }],
                        CertificateNumber = "不动产证明第",
                        Incidents = 1,
                    },
                },
            },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "return-with-wrong-expectations");

        Assert.Contains(report.Failures, f => f.StartsWith("steps[4].cases.A.clockPaused: expected False, found True", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Failures, f => f.StartsWith("steps[4].cases.A.deadline", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.StartsWith("expect.cases.A.history[0]: no entry with action returned, node firstReview, by reviewer2", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.StartsWith("expect.cases.A.certificateNumber: expected a number containing '不动产证明第', found 皖(2026)长丰县不动产权第", StringComparison.Ordinal));
        Assert.Contains("expect.cases.A.incidents: expected 1 open incident(s), found 0", report.Failures);
        Assert.Equal(4, report.Failures.Count);
    }

    [Fact]
    public async Task ADeadlineThatIgnoresThePause_IsReported()
    {
        var scenario = await PathScenarioAsync("house/return-for-supplement.json");
        var label = Assert.Single(scenario.Expect!.Cases.Keys);

        // The clock stood still for 3 working days: the due date is 2026-03-12, not the 2026-03-09 of acceptance.
        var wrong = scenario with
        {
            Steps = [.. scenario.Steps.Take(7), new ScenarioStep { Check = new ScenarioExpectation { Cases = { [label] = new CaseExpectation { Deadline = new DateOnly(2026, 3, 9) } } } }],
            Expect = null,
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "return-deadline-without-pause");

        Assert.Equal(["steps[7].cases.A.deadline: expected 2026-03-09, found 2026-03-12"], report.Failures);
    }

    [Fact]
    public async Task TwoDecisionsAtOnce_OneWins_TheOtherIsToldWhoAndWhen()
    {
        var scenario = await PathScenarioAsync("house/two-decisions-at-once.json");
        var firstRace = scenario with { Steps = [.. scenario.Steps.Take(2)], Expect = null };

        var report = await new ScenarioRunner().RunAsync(firstRace, "first-review-race");

        var race = Assert.Single(report.Cases["A"].Races);
        var winner = Assert.Single(race.Winners);
        var loser = Assert.Single(race.Losers);
        Assert.True(winner is "reviewer1" or "reviewer1b", winner);
        Assert.NotEqual(winner, loser.User);
        Assert.Contains(winner, loser.Message, StringComparison.Ordinal);
        Assert.Contains("09:00", loser.Message, StringComparison.Ordinal);
        Assert.Single(report.Cases["A"].History, h => h.Node == "firstReview" && h.Action == "completed");
    }

    [Fact]
    public async Task ARaceExpectingTwoWinners_IsReported()
    {
        var scenario = await PathScenarioAsync("house/two-decisions-at-once.json");
        var wrong = scenario with
        {
            Steps = [.. scenario.Steps.Take(2)],
            Expect = new ScenarioExpectation { Cases = { ["A"] = new CaseExpectation { Race = new RaceExpectation { Winners = 2, Contains = "已由" } } } },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "race-with-wrong-expectations");

        Assert.Contains(report.Failures, f => f.StartsWith("expect.cases.A.race: expected 2 decision(s) taken on 初审, found 1", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.StartsWith("expect.cases.A.race: ", StringComparison.Ordinal) && f.Contains("refusal does not contain '已由'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WrongSeizureTermsAreReported()
    {
        var scenario = await PathScenarioAsync("seizure/term-over-three-years-warned.json");
        var unit = Assert.Single(scenario.Expect!.Units.Keys);
        var wrong = scenario with
        {
            Expect = new ScenarioExpectation { Units = { [unit] = new UnitExpectation { ActiveSeizureTerm = "2026-03-02/2029-03-01", WaitingSeizureTerms = ["2026-03-02/2029-03-01"] } } },
        };

        var report = await new ScenarioRunner().RunAsync(wrong, "seizure-term-wrong");

        Assert.Contains($"expect.units.{unit}.activeSeizureTerm: expected 2026-03-02/2029-03-01, found 2026-03-02/2030-03-01", report.Failures);
        Assert.Contains($"expect.units.{unit}.waitingSeizureTerms: expected [2026-03-02/2029-03-01], found []", report.Failures);
    }

    [Fact]
    public async Task TheCheckCommand_ExitsOneOnAFailedExpectation_AndZeroWhenMet()
    {
        var source = Path.Combine(Paths, "house", "withdrawal.json");
        var text = await File.ReadAllTextAsync(source);
        var wrongFile = Path.Combine(Path.GetTempPath(), $"scenario-wrong-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(wrongFile, text.Replace("\"Withdrawn\"", "\"Completed\"", StringComparison.Ordinal));
        try
        {
            var failed = await ScenarioCommand.RunAsync([wrongFile, "--check"], TextWriter.Null, CancellationToken.None);
            var met = await ScenarioCommand.RunAsync([source, "--check"], TextWriter.Null, CancellationToken.None);

            Assert.Equal(1, failed);
            Assert.Equal(0, met);
        }
        finally
        {
            File.Delete(wrongFile);
        }
    }
}
