using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Composition;
using Registry.Persistence.Demo;

namespace Registry.Benchmarks.ExaminerConsole;

/// <summary>
/// The case page's data (<see cref="ICaseFileQuery.FindAsync"/>: case, parties, units with their register, materials,
/// latest findings, workflow and journal, deadline) on the million-case database. The generated finished cases carry no
/// workflow state, so the product's first run loads the demo county on top of a copy of that database and the demo's
/// open cases — real cases with real workflow instances and review runs — are the ones measured, among 1,000,000
/// finished and 10,000 open generated cases. Measures the read model only, not the Blazor render.
/// Run: <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- casefile [--iterations 200]</c>.
/// </summary>
public static class CaseFileBenchmark
{
    private const string CopyPath = "/tmp/registry-bench-1m-casefile.db";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--iterations");
        var iterations = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 200;

        var source = await WorklistDatabase.EnsureAsync(log: System.Console.Out);
        // A fresh copy each run: the first run below writes the demo county into it.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(CopyPath + suffix);
        }

        File.Copy(source, CopyPath);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = CopyPath,
            ["Data:Directory"] = RepositoryRoot(),
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        await services.InitializeRegistryAsync();
        System.Console.WriteLine($"first run on the copy (migrate, demo county, demo workflows): {clock.Elapsed.TotalSeconds:F0} s");

        // The demo's open cases have real instances; the generated ones ('{}' state) are skipped by that test.
        var cases = new List<string>();
        foreach (var (caseNumber, _) in await services.ListOpenCasesAsync(max: 20_000))
        {
            // Demo open cases: division 340121, numbered from 900001 of the day (DemoCases.OpenCaseSequenceStart).
            if (!caseNumber.StartsWith("340121", StringComparison.Ordinal) || string.CompareOrdinal(caseNumber, caseNumber.Length - 6, "900001", 0, 6) < 0)
            {
                continue;
            }

            await using var scope = services.CreateAsyncScope();
            var file = await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(caseNumber);
            if (file is not null)
            {
                cases.Add(caseNumber);
            }
        }

        if (cases.Count == 0)
        {
            System.Console.Error.WriteLine("no demo case with a workflow found on the copy");
            return 1;
        }

        var samples = new double[iterations];
        for (var i = -10; i < iterations; i++)
        {
            var caseNumber = cases[(i + cases.Count * 10) % cases.Count];
            var watch = Stopwatch.StartNew();
            await using (var scope = services.CreateAsyncScope())
            {
                _ = await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(caseNumber)
                    ?? throw new InvalidOperationException($"case {caseNumber} vanished");
            }

            if (i >= 0)
            {
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }
        }

        Array.Sort(samples);
        double P(double p) => samples[Math.Clamp((int)Math.Ceiling(p * samples.Length) - 1, 0, samples.Length - 1)];
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"case file over {cases.Count} demo cases, {iterations} iterations: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {samples[^1]:F1} ms (target p95 ≤ 200 ms for the whole page)"));
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("run from inside the repository: Registry.sln not found above " + AppContext.BaseDirectory);
    }
}
