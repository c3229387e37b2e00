using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The per-instance hash chain of the journal: each row's hash is SHA-256 over the previous row's hash and the row's
/// canonical content (fields in a fixed order, nulls distinct from empty text, time as UTC ticks, inputs sorted by key).
/// </summary>
internal static class JournalHashChain
{
    /// <summary>The "previous hash" of the first row of an instance.</summary>
    public const string Genesis = "";

    public static string Compute(string previousHash, WorkflowJournalRow row)
    {
        var text = new StringBuilder(256)
            .Append(previousHash).Append('\n')
            .Append(row.InstanceId.ToString("N")).Append('\u001f')
            .Append(row.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(row.At.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\u001f');
        Field(text, row.Action);
        Field(text, row.NodeId);
        Field(text, row.NodeName);
        Field(text, row.Actor);
        Field(text, row.Outcome);
        Field(text, row.Opinion);
        Field(text, row.Inputs);
        Field(text, row.RuleResultReference);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Inputs as a JSON object with keys in ordinal order, so the same inputs always hash the same.</summary>
    public static string CanonicalInputs(IEnumerable<KeyValuePair<string, string>> inputs) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(inputs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal));

    private static void Field(StringBuilder text, string? value)
    {
        // "-" marks null and "+" a value, so null and "" hash differently.
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append('+').Append(value);
        }

        text.Append('\u001f');
    }
}
