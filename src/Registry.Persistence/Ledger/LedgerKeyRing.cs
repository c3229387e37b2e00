using System.Security.Cryptography;
using System.Text.Json;

namespace Registry.Persistence.Ledger;

/// <summary>
/// The chain keys, read from a file outside the database (created with one random key on first use, readable by the
/// service account only). Rotation adds a key and makes it current; old keys stay so old links still verify.
/// </summary>
internal sealed class LedgerKeyRing(LedgerOptions options)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock _gate = new();
    private Dictionary<string, LedgerKey>? _keys;
    private string _current = string.Empty;

    public string KeyFile => options.KeyFile;

    /// <summary>The key new links are made with.</summary>
    public LedgerKey Current
    {
        get
        {
            lock (_gate)
            {
                Load();
                return _keys![_current];
            }
        }
    }

    /// <summary>The key with <paramref name="id"/>, or null when the ring does not hold it.</summary>
    public LedgerKey? Find(string? id)
    {
        if (id is null)
        {
            return null;
        }

        lock (_gate)
        {
            Load();
            return _keys!.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds a new random key, makes it current and writes the file; returns its id.</summary>
    public string Rotate()
    {
        lock (_gate)
        {
            Load();
            var key = NewKey();
            _keys![key.Id] = key;
            _current = key.Id;
            Write();
            return key.Id;
        }
    }

    private static LedgerKey NewKey() => new("k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), RandomNumberGenerator.GetBytes(32));

    private void Load()
    {
        if (_keys is not null)
        {
            return;
        }

        if (!File.Exists(options.KeyFile))
        {
            var key = NewKey();
            _keys = new Dictionary<string, LedgerKey>(StringComparer.Ordinal) { [key.Id] = key };
            _current = key.Id;
            Write();
            return;
        }

        var file = JsonSerializer.Deserialize<KeyFileModel>(File.ReadAllText(options.KeyFile))
            ?? throw new InvalidOperationException($"Ledger key file {options.KeyFile} is empty.");
        _keys = file.Keys.ToDictionary(k => k.Key, k => new LedgerKey(k.Key, Convert.FromBase64String(k.Value)), StringComparer.Ordinal);
        if (!_keys.ContainsKey(file.Current) || _keys.Keys.Any(k => k.Length > LedgerMac.MaxKeyIdLength || k.Contains(':', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Ledger key file {options.KeyFile}: the current key '{file.Current}' must be one of its keys, and key ids at most {LedgerMac.MaxKeyIdLength} characters without ':'.");
        }

        _current = file.Current;
    }

    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.KeyFile)!);
        var model = new KeyFileModel { Current = _current, Keys = _keys!.ToDictionary(k => k.Key, k => Convert.ToBase64String(k.Value.Secret), StringComparer.Ordinal) };
        var temp = options.KeyFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(model, Indented));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, options.KeyFile, overwrite: true);
    }

    private sealed class KeyFileModel
    {
        public string Current { get; set; } = string.Empty;

        public Dictionary<string, string> Keys { get; set; } = [];
    }
}
