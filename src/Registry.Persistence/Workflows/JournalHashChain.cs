using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Registry.Persistence.Workflows;

/// <summary>
/// The per-instance keyed chain of the journal: each row's hash is an HMAC-SHA256 (<see cref="Ledger.LedgerMac"/>, key id
/// first) over the previous row's hash and the row's canonical content (fields in a fixed order, nulls distinct from empty
/// text, time as UTC ticks, inputs sorted by key). Without the key, which is kept outside the database, a changed row cannot
/// be given a valid hash, so rewriting a row and re-chaining after it is detected.
/// </summary>
internal static class JournalHashChain
{
    /// <summary>The "previous hash" of the first row of an instance.</summary>
    public const string Genesis = "";

    /// <summary>True when <paramref name="row"/>'s hash is the MAC of its content after <paramref name="previousHash"/> under the key it names.</summary>
    public static bool Verify(Ledger.LedgerKeyRing keys, string previousHash, WorkflowJournalRow row, out string? problem)
    {
        var stored = row.Hash.TrimEnd();
        var key = keys.Find(Ledger.LedgerMac.KeyIdOf(stored));
        if (key is null)
        {
            problem = Ledger.LedgerMac.KeyIdOf(stored) is { } id ? $"its key '{id}' is not in the key ring" : "it carries no key id (an unkeyed hash)";
            return false;
        }

        problem = Compute(key, previousHash, row) == stored ? null : "its content or an earlier row was changed";
        return problem is null;
    }

    public static string Compute(Ledger.LedgerKey key, string previousHash, WorkflowJournalRow row)
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
        return Ledger.LedgerMac.Compute(key, Encoding.UTF8.GetBytes(text.ToString()));
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
