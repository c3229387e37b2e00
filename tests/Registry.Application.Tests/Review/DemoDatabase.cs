using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Activities;
using Registry.Application.Review;
using Registry.Persistence;
using Registry.Rules;
using Registry.Workflows;
using Registry.Workflows.Ports;

namespace Registry.Application.Tests.Review;

/// <summary>
/// A real SQLite file with the demo county (register, shared data, demo cases) loaded through the product's own
/// initializer, wired like the host: persistence, rules from the repository's rules/ directory, case review.
/// Shared by the tests of a class: they only add review runs under their own keys.
/// </summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-app-tests", Guid.NewGuid().ToString("N"));

    /// <summary>10:00 in China on 2026-11-23.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().AddHours(8).DateTime);

    public static string RulesDirectory => RepositoryFile("rules", "review-intake.json");

    public static string WorkflowsDirectory => RepositoryFile("workflows", "house-transfer-resale.json");

    private static string RepositoryFile(string folder, string probe)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (File.Exists(Path.Combine(candidate, probe)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{folder}/ not found above {AppContext.BaseDirectory}");
    }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(_directory, "registry.db"),
                ["Database:SeedDemoData"] = "true",
            })
            .Build();
        Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddRegistryPersistence(configuration)
            .AddRegistryRules(RulesDirectory)
            .AddRegistryCaseReview()
            .AddRegistryWorkflows()
            .AddRegistrationActivities()
            .BuildServiceProvider();
        await Services.InitializeRegistryDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Each fixture has its own folder; a leftover file does not affect other tests.
        }
    }

    public static PortRequest Request(string caseNumber, string name, string? key = null) => new(
        Guid.NewGuid(),
        caseNumber,
        "house-transfer-resale",
        name.EndsWith("auto-approve", StringComparison.Ordinal) ? "autoDecision" : "intakeCheck",
        name,
        key ?? Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        ImmutableDictionary<string, string>.Empty);
}
