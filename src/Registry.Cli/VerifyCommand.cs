using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Application.Ledger;
using Registry.Composition;

namespace Registry.Cli;

/// <summary>
/// <c>verify --database PATH</c>: checks the register ledger, every register entry against its link, every workflow
/// journal and the signed checkpoints, and names the first broken link (exit code 1). <c>--checkpoint</c> then signs the
/// heads (only when everything holds); <c>--rotate-key</c> makes a new current key (old links keep verifying with theirs).
/// A server database is named by the usual environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__Registry</c>).
/// </summary>
internal static class VerifyCommand
{
    public const string Usage = "usage: registry verify [--database path.db] [--ledger-dir DIR] [--checkpoint] [--rotate-key]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        };
        var checkpoint = false;
        var rotate = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--database" when i + 1 < args.Length:
                    settings["Database:Path"] = Path.GetFullPath(args[++i]);
                    break;
                case "--ledger-dir" when i + 1 < args.Length:
                    settings["Ledger:Directory"] = Path.GetFullPath(args[++i]);
                    break;
                case "--checkpoint":
                    checkpoint = true;
                    break;
                case "--rotate-key":
                    rotate = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"'{args[i]}' is not a valid option\n{Usage}");
                    return 2;
            }
        }

        if (settings.TryGetValue("Database:Path", out var path) && !File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"database {path} does not exist\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddRegistryServices(configuration)
            .BuildServiceProvider();
        if (rotate)
        {
            output.WriteLine($"new current ledger key: {services.GetRequiredService<Registry.Persistence.Ledger.LedgerKeyRing>().Rotate()}");
        }

        var audit = services.GetRequiredService<ILedgerAudit>();
        var result = await audit.VerifyAsync(cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {result.RegisterEvents:N0} register ledger links, {result.RegisterEntries:N0} register entries, {result.JournalRows:N0} journal rows of {result.Instances:N0} instances, {result.Checkpoints} checkpoints in {result.Elapsed.TotalSeconds:0.0} s"));
        if (result.FirstBroken is { } broken)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"BROKEN ({result.BrokenCount} broken links): first in {broken.Table}, row {broken.RowId}, position {broken.Position?.ToString(CultureInfo.InvariantCulture) ?? "—"}: {broken.Problem}"));
            return 1;
        }

        output.WriteLine("intact: every link holds");
        if (checkpoint)
        {
            var taken = await audit.CheckpointAsync(cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checkpoint {taken.Number} signed with key {taken.KeyId}: register ledger at {taken.RegisterPosition}, {taken.JournalHeads.Count} journal heads"));
        }

        return 0;
    }
}
