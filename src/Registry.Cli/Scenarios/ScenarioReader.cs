using System.Text.Json;

namespace Registry.Cli.Scenarios;

/// <summary>A scenario file that cannot be read; the message names the file, the JSON path and the problem.</summary>
public sealed class ScenarioFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Reads scenario files strictly: unknown properties, missing required ones and ambiguous steps are errors.</summary>
public static class ScenarioReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and checks a scenario file.</summary>
    public static async Task<ScenarioFile> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Reads and checks a scenario from a stream; <paramref name="name"/> is used in messages.</summary>
    public static async Task<ScenarioFile> ReadAsync(Stream stream, string name, CancellationToken cancellationToken = default)
    {
        ScenarioFile? scenario;
        try
        {
            scenario = await JsonSerializer.DeserializeAsync<ScenarioFile>(stream, Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException($"{name}: {e.Path ?? "$"}: {FirstLine(e.Message)}", e);
        }

        if (scenario is null)
        {
            throw new ScenarioFormatException($"{name}: $: the file is empty (null).");
        }

        Check(scenario, name);
        return scenario;
    }

    /// <summary>The starting register when it is given unit by unit; null for "demo".</summary>
    public static ScenarioRegister? UnitsOf(ScenarioFile scenario, string name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var register = scenario.Register;
        if (register.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return new ScenarioRegister();
        }

        if (register.ValueKind == JsonValueKind.String)
        {
            return register.GetString() == "demo"
                ? null
                : throw new ScenarioFormatException($"{name}: $.register: '{register.GetString()}' is not known; use \"demo\" or an object with units.");
        }

        try
        {
            return register.Deserialize<ScenarioRegister>(Options) ?? new ScenarioRegister();
        }
        catch (JsonException e)
        {
            throw new ScenarioFormatException($"{name}: $.register{e.Path?.TrimStart('$')}: {FirstLine(e.Message)}", e);
        }
    }

    private static void Check(ScenarioFile scenario, string name)
    {
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            var set = new (string Key, bool IsSet)[]
            {
                ("apply", step.Apply is not null), ("complete", step.Complete is not null), ("signal", step.Signal is not null),
                ("advance", step.Advance is not null), ("expect", step.Check is not null), ("resume", step.Resume is not null),
                ("withdraw", step.Withdraw is not null), ("concurrent", step.Concurrent is not null),
            }.Where(s => s.IsSet).Select(s => s.Key).ToList();
            if (set.Count != 1)
            {
                throw new ScenarioFormatException(set.Count == 0
                    ? $"{name}: $.steps[{i}]: a step needs one of apply, complete, signal, advance, expect, resume, withdraw, concurrent."
                    : $"{name}: $.steps[{i}]: a step has exactly one action, this one has {string.Join(" and ", set)}.");
            }

            if (step.Advance is { } advance)
            {
                var moves = new object?[] { advance.WorkingDays, advance.Days, advance.Hours, advance.To }.Count(v => v is not null);
                if (moves != 1)
                {
                    throw new ScenarioFormatException($"{name}: $.steps[{i}].advance: give exactly one of workingDays, days, hours, to.");
                }

                if (advance.WorkingDays < 0 || advance.Days < 0 || advance.Hours < 0)
                {
                    throw new ScenarioFormatException($"{name}: $.steps[{i}].advance: the clock only moves forward.");
                }
            }

            if (step.Complete is { } complete && complete.Outcome is not ("approve" or "return" or "reject" or "suspend"))
            {
                throw new ScenarioFormatException($"{name}: $.steps[{i}].complete.outcome: '{complete.Outcome}' is not one of approve, return, reject, suspend.");
            }

            if (step.Concurrent is { } concurrent)
            {
                if (concurrent.Decisions.Count < 2)
                {
                    throw new ScenarioFormatException($"{name}: $.steps[{i}].concurrent.decisions: give at least two decisions to run at once.");
                }

                for (var d = 0; d < concurrent.Decisions.Count; d++)
                {
                    if (concurrent.Decisions[d].Outcome is not ("approve" or "return" or "reject" or "suspend"))
                    {
                        throw new ScenarioFormatException($"{name}: $.steps[{i}].concurrent.decisions[{d}].outcome: '{concurrent.Decisions[d].Outcome}' is not one of approve, return, reject, suspend.");
                    }
                }
            }
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            var label = step.Apply?.Case ?? step.Complete?.Case ?? step.Signal?.Case ?? step.Resume?.Case ?? step.Withdraw?.Case ?? step.Concurrent?.Case;
            if (scenario.Steps[i].Apply is { } apply && !labels.Add(apply.Case))
            {
                throw new ScenarioFormatException($"{name}: $.steps[{i}].apply.case: the label '{apply.Case}' is already used by an earlier application.");
            }

            if (label is not null && !labels.Contains(label))
            {
                throw new ScenarioFormatException($"{name}: $.steps[{i}]: case '{label}' has not been applied for yet.");
            }
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
