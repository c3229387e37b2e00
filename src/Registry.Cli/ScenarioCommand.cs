using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Cli.Scenarios;

namespace Registry.Cli;

/// <summary>Replays scenario files (docs/scenarios.md) and prints what happened as JSON.</summary>
internal static class ScenarioCommand
{
    public const string Usage = "usage: registry scenario FILE... [--check] [--keep-database path.db]";

    private static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var check = false;
        string? keep = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--keep-database" when i + 1 < args.Length:
                    keep = Path.GetFullPath(args[++i]);
                    break;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var failed = 0;
        var aborted = false;
        foreach (var file in files)
        {
            ScenarioReport report;
            try
            {
                var scenario = await ScenarioReader.ReadFileAsync(file, cancellationToken);
                report = await new ScenarioRunner().RunAsync(scenario, Path.GetFileName(file), keep, cancellationToken);
            }
            catch (ScenarioFormatException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A replay that could not finish is a failed scenario, said in one line, never a stack trace and exit 134.
                await Console.Error.WriteLineAsync($"{Path.GetFileName(file)}: the replay stopped: {e.GetType().Name}: {e.Message}");
                failed++;
                aborted = true;
                continue;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(report, Output));
            if (report.Failures.Count > 0)
            {
                failed++;
                foreach (var failure in report.Failures)
                {
                    await Console.Error.WriteLineAsync($"{Path.GetFileName(file)}: {failure}");
                }
            }
        }

        return (check || aborted) && failed > 0 ? 1 : 0;
    }
}
