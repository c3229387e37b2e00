using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Activities;
using Registry.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Tests.Workflows;

/// <summary>
/// A real SQLite file shared by one or more service providers ("hosts"), each wired like the web host: persistence, the
/// workflow engine with fake ports, and a shared fake clock (2025-09-26 10:00 +08:00).
/// </summary>
internal sealed class WorkflowDatabase : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-tests", Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProvider> _hosts = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 9, 26, 2, 0, 0, TimeSpan.Zero));

    public FakePorts Ports { get; } = new();

    public string DatabasePath => Path.Combine(_directory, "registry.db");

    public string Directory => _directory;

    public static async Task<(WorkflowDatabase Db, ServiceProvider Host)> CreateAsync()
    {
        var db = new WorkflowDatabase();
        var host = db.NewHost();
        await host.InitializeRegistryDatabaseAsync();
        return (db, host);
    }

    /// <summary>A new service provider on the same file (a second server, or the same server after a restart).</summary>
    public ServiceProvider NewHost(Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = DatabasePath,
                ["Database:SeedDemoData"] = "false",
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddRegistryPersistence(configuration)
            .AddRegistryWorkflows()
            .AddRegistrationActivities()
            .AddSingleton<IRuleSetRunner>(Ports)
            .AddSingleton<IRecordWriter>(Ports)
            .AddSingleton<ICertificateIssuer>(Ports)
            .AddSingleton<INotificationSender>(Ports);
        configure?.Invoke(services);
        var host = services.BuildServiceProvider();
        _hosts.Add(host);
        return host;
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

    public static async Task<WorkflowDefinition> PublishAsync(IServiceProvider host, WorkflowDefinition definition, string actor = "管理员")
    {
        var publisher = host.GetRequiredService<IWorkflowDefinitionPublisher>();
        await publisher.SaveDraftAsync(definition);
        return await publisher.PublishAsync(definition.Id, definition.Version, actor);
    }

    public static Task<WorkflowDefinition> SampleAsync(IServiceProvider host) =>
        host.GetRequiredService<WorkflowDefinitionJson>().ReadFileAsync(RepoFile("workflows/house-transfer-resale.json"));

    public static Bookmark Task(WorkflowInstance instance, string nodeId) =>
        instance.OpenBookmarks.SingleOrDefault(b => b.NodeId == nodeId)
        ?? throw new Xunit.Sdk.XunitException($"no open bookmark on '{nodeId}'; open: {string.Join(", ", instance.CurrentNodeIds)}");

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file does not affect other tests: each test has its own folder.
        }
    }
}

/// <summary>Records every port call; rule sets pass unless told otherwise.</summary>
internal sealed class FakePorts : IRuleSetRunner, IRecordWriter, ICertificateIssuer, INotificationSender
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Task<RuleSetResult> RunAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"rules:{request.Name}");
        return System.Threading.Tasks.Task.FromResult(new RuleSetResult(RuleSetVerdict.Pass, $"rules/{request.Name}/{request.InstanceId:N}"));
    }

    public Task<string> WriteAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"record:{request.Name}");
        return System.Threading.Tasks.Task.FromResult("REC-0001");
    }

    public Task<string> IssueAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"certificate:{request.Name}");
        return System.Threading.Tasks.Task.FromResult("皖(2025)长丰县不动产权第0000001号");
    }

    public Task SendAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"notify:{request.Name}");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
