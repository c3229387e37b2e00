using Npgsql;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// Two web nodes of one deployment: two processes of the real host on loopback ports, on one fresh PostgreSQL database,
/// each with its own home directory (so nothing but the database is shared: not a file key ring, not a data folder).
/// Node A starts first and creates the database (migrations, demo data); node B then joins it.
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    private readonly string _database = $"registry_nodes_{Guid.NewGuid():N}"[..30];
    private readonly List<string> _homes = [];
    private RegistryApp? _a;
    private RegistryApp? _b;
    private PlaywrightSession? _browserA;
    private PlaywrightSession? _browserB;

    public RegistryApp NodeA => _a ?? throw new InvalidOperationException("Not started.");

    public RegistryApp NodeB => _b ?? throw new InvalidOperationException("Not started.");

    public PlaywrightSession BrowserOnA => _browserA ?? throw new InvalidOperationException("Not started.");

    public PlaywrightSession BrowserOnB => _browserB ?? throw new InvalidOperationException("Not started.");

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.Server is not { } server)
        {
            return; // every test here is skipped
        }

        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        _a = await RegistryApp.StartAsync(NodeEnvironment());
        _b = await RegistryApp.StartAsync(NodeEnvironment());
        _browserA = await PlaywrightSession.StartAsync(_a.BaseAddress);
        _browserB = await PlaywrightSession.StartAsync(_b.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { _browserA, _browserB, _a, _b })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        foreach (var home in _homes)
        {
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        if (PostgresFactAttribute.Server is { } server && ConnectionString.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private Dictionary<string, string> NodeEnvironment()
    {
        var home = Directory.CreateTempSubdirectory("registry-node-home-").FullName;
        _homes.Add(home);
        return new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Registry"] = ConnectionString,
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            // Jobs run in both nodes, clustered (the default on a server database), checking in often so the test sees both;
            // the sweeps and the outbox every second, so a deadline falling due meets both nodes' schedulers at once.
            ["Scheduling__ClusterCheckinInterval"] = "00:00:02",
            ["Scheduling__SweepInterval"] = "00:00:01",
            ["Scheduling__DispatchInterval"] = "00:00:01",
        };
    }
}
