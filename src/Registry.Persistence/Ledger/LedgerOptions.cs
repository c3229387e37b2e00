namespace Registry.Persistence.Ledger;

/// <summary>Where the chain keys and the checkpoint file live (configuration section <c>Ledger</c>), outside the database.</summary>
public sealed class LedgerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Ledger";

    /// <summary>
    /// The directory of <c>keys.json</c> and <c>checkpoints.log</c>. Default: <c>{database file}.ledger/</c> beside a SQLite
    /// file, else <c>App_Data/ledger</c> under the application's base directory.
    /// </summary>
    public string Directory { get; set; } = string.Empty;

    /// <summary>The key file (JSON: the current key id and every key by id, base64).</summary>
    public string KeyFile => Path.Combine(Directory, "keys.json");

    /// <summary>The checkpoint file: one signed line per checkpoint, appended.</summary>
    public string CheckpointFile => Path.Combine(Directory, "checkpoints.log");
}
