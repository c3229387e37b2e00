namespace Registry.Cli.Tests.Crash;

/// <summary>
/// One prepared database (migrated, definitions published, 40 units with owners) made once by the probe and copied for
/// each run, so a run does not pay for creating it; everything is deleted afterwards.
/// </summary>
public sealed class PreparedProbeDatabase : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"registry-crash-{Guid.NewGuid():N}");

    private string Template => Path.Combine(_directory, "prepared.db");

    /// <summary>Milliseconds the preparing child took to start (create and migrate the file, publish definitions).</summary>
    public long? PrepareStartupMs { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var run = await ProbeProcess.RunAsync(["prepare", "--database", Template, "--units", "40"]);
        if (run.ExitCode != 0 || !File.Exists(Template + ".prepared"))
        {
            throw new InvalidOperationException($"crash-probe prepare failed (exit {run.ExitCode}): {run.Errors} {string.Join(" | ", run.Lines)}");
        }

        PrepareStartupMs = run.StartupMs;
    }

    /// <summary>A fresh copy of the prepared file (and its list of starting entries) named <paramref name="name"/>.</summary>
    public string CopyTo(string name)
    {
        var target = Path.Combine(_directory, name + ".db");
        foreach (var suffix in new[] { "", "-wal", ".prepared" })
        {
            if (File.Exists(Template + suffix))
            {
                File.Copy(Template + suffix, target + suffix, overwrite: true);
            }
        }

        return target;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
