using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// A PostgreSQL server of the test's own (build/postgres.sh on a free port and its own data folder), which the test may
/// stop and resume — an outage without disturbing the server other tests use.
/// </summary>
public sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _script;
    private readonly Dictionary<string, string> _environment;

    private OwnPostgres(string script, int port, string data)
    {
        _script = script;
        Port = port;
        _environment = new() { ["REGISTRY_PG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["REGISTRY_PG_DATA"] = data };
    }

    public int Port { get; }

    /// <summary>A connection string to database <paramref name="database"/> (created by the app on first run).</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=registry;Database={database};Timeout=3;Command Timeout=10";

    public static async Task<OwnPostgres> StartAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln")))
        {
            root = root.Parent;
        }

        var script = Path.Combine(root?.FullName ?? throw new InvalidOperationException("No Registry.sln above the tests."), "build", "postgres.sh");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var server = new OwnPostgres(script, port, Path.Combine(Path.GetTempPath(), $"registry-pg-outage-{port}"));
        await server.RunAsync("start");
        return server;
    }

    public Task StopAsync() => RunAsync("stop");

    public Task ResumeAsync() => RunAsync("resume");

    public async ValueTask DisposeAsync()
    {
        await RunAsync("stop");
        try
        {
            Directory.Delete(_environment["REGISTRY_PG_DATA"], recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task RunAsync(string verb)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(verb);
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"postgres.sh {verb} exited with {process.ExitCode}: {await error}");
        }
    }
}
