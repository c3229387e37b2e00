using System.Text;
using Registry.Application.Ledger;

namespace Registry.Persistence.Ledger;

/// <summary>
/// The embedded default anchor: appends each checkpoint as one line (<c>payload TAB signature</c>) to a file under the
/// data directory, flushed to disk. The verifier reads it back. Keep a copy elsewhere (or add an external anchor): whoever
/// can edit this file and the database together could cut both.
/// </summary>
internal sealed class FileLedgerAnchor(LedgerOptions options) : ILedgerAnchor, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Name => "file";

    public string FilePath => options.CheckpointFile;

    public async Task AnchorAsync(LedgerCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);
            var bytes = Encoding.UTF8.GetBytes(checkpoint.Payload + "\t" + checkpoint.Signature + "\n");
            await stream.WriteAsync(bytes, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Every line of the file as (payload, signature), oldest first; a line without a tab is returned with an empty signature.</summary>
    public async Task<IReadOnlyList<(string Payload, string Signature)>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(FilePath, cancellationToken);
        return [.. lines.Where(l => l.Length > 0).Select(l => l.LastIndexOf('\t') is var tab and > 0 ? (l[..tab], l[(tab + 1)..]) : (l, string.Empty))];
    }
}
