using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Review;
using Registry.Persistence;
using Registry.Rules;
using Registry.Scheduling.Calendar;

namespace Registry.Cli;

/// <summary>
/// Runs the quality self-check (质检自检) over every completed case of a database and prints the findings by category
/// (原则/内容/证书/年限/时效/上报) and by rule code. A missing file is created with the demo county first.
/// </summary>
internal static class SelfCheckCommand
{
    public const string Usage = "usage: registry selfcheck --database path.db [--rules rules-directory] [--samples N]\n" +
        "       registry selfcheck --database path.db --store [--from yyyy-MM-dd] [--to yyyy-MM-dd]   (a stored run, as the nightly job does)";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        string? database = null;
        string? rules = null;
        var samples = 0;
        if (args.Contains("--store"))
        {
            return await StoredSelfCheckCommand.RunAsync([.. args.Where(a => a != "--store")], output, cancellationToken);
        }

        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database":
                    database = Path.GetFullPath(args[i + 1]);
                    break;
                case "--rules":
                    rules = Path.GetFullPath(args[i + 1]);
                    break;
                case "--samples" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    samples = n;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"'{args[i]}' is not a valid option\n{Usage}");
                    return 2;
            }
        }

        rules ??= FindRulesDirectory();
        if (database is null || rules is null || !Directory.Exists(rules))
        {
            await Console.Error.WriteLineAsync($"--database is required and the rules directory must exist (give --rules)\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = "true",
            // The calendars beside the rules: working days of years without a notice are counted provisionally, not Monday–Friday.
            ["Calendar:Directory"] = Path.Combine(Path.GetDirectoryName(rules)!, "calendars"),
        }).Build();
        await using var services = new ServiceCollection()
            .AddRegistryPersistence(configuration)
            .AddRegistryRules(rules)
            .AddRegistryCaseReview()
            .AddRegistryCalendar(configuration)
            .BuildServiceProvider();

        // Migrates; loads the demo county (register, shared data, cases) only into an empty database.
        await services.InitializeRegistryDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var tally = await scope.ServiceProvider.GetRequiredService<SelfCheckService>().RunAsync(Math.Max(samples, 0), cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"self-check: {tally.CasesChecked:N0} finished cases, {tally.CasesWithFindings:N0} with findings, {watch.Elapsed.TotalSeconds:0.00} s"));
        output.WriteLine("by category:");
        foreach (var c in tally.ByCategory)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Label} {c.Key,-12} {c.Count,6:N0}"));
        }

        output.WriteLine("by rule:");
        foreach (var r in tally.ByRule)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Key,-36} {r.Category,-12} {r.Count,6:N0}  {r.Label}"));
        }

        foreach (var s in tally.Samples)
        {
            output.WriteLine($"  [{s.Finding.RuleCode}] {s.CaseNo}: {s.Finding.MessageZh}");
        }

        return 0;
    }

    private static string? FindRulesDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (File.Exists(Path.Combine(candidate, "selfcheck.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
