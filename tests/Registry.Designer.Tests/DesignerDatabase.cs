using Registry.Designer.Canvas;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Designer;
using Registry.Application.Security;
using Registry.Persistence;
using Registry.Workflows;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Tests;

/// <summary>
/// A real SQLite file with the shipped sample definition (house-transfer-resale v1) published by "repository". Each
/// <see cref="NewHost"/> is a separate service provider on the same file, like a second server: no shared caches.
/// </summary>
internal sealed class DesignerDatabase : IAsyncDisposable
{
    public const string SampleId = "house-transfer-resale";

    public static readonly DesignerUser Admin = new("admin", [RegistryRoles.BusinessAdmin]);

    public static readonly DesignerUser SecondAdmin = new("admin2", [RegistryRoles.BusinessAdmin]);

    public static readonly DesignerUser Reviewer = new("reviewer1", [RegistryRoles.FirstReview]);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-designer-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _hosts = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public static async Task<DesignerDatabase> CreateAsync()
    {
        var db = new DesignerDatabase();
        var host = db.NewHost();
        await host.InitializeRegistryDatabaseAsync();
        var sample = await new WorkflowDefinitionJson().ReadFileAsync(RepoFile("workflows/house-transfer-resale.json"));
        var publisher = host.GetRequiredService<IWorkflowDefinitionPublisher>();
        await publisher.SaveDraftAsync(sample);
        await publisher.PublishAsync(sample.Id, sample.Version, "repository");
        return db;
    }

    public ServiceProvider NewHost()
    {
        var host = Configure(new ServiceCollection()).BuildServiceProvider();
        _hosts.Add(host);
        return host;
    }

    /// <summary>Adds what the designer needs on this database: persistence, the engine and the designer's use cases.</summary>
    public IServiceCollection Configure(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(_directory, "registry.db"),
                ["Database:SeedDemoData"] = "false",
            })
            .Build();
        return services
            .AddSingleton<TimeProvider>(Time)
            .AddRegistryPersistence(configuration)
            .AddRegistryWorkflows()
            .AddRegistryCatalogue(o =>
            {
                o.CatalogueDirectory = RepoFile("workflows/catalogue");
                o.RulesDirectory = RepoFile("rules");
            })
            .AddRegistryDesigner(RepoFile("rules"))
            // Layouts saved by the canvas land in this test's folder, never in the repository.
            .AddRegistryCanvas(_ => Path.Combine(_directory, "workflows"));
    }

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), relative);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own folder; a leftover file does not affect others.
        }
    }
}
