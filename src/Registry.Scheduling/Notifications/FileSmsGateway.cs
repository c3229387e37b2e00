using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// The default SMS adapter: appends one tab-separated line per message (id, time, mobile, text) to a file.
/// Idempotent by message id: ids already in the file are not written again.
/// </summary>
internal sealed class FileSmsGateway(IOptions<SchedulingOptions> options, TimeProvider timeProvider) : ISmsGateway, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<Guid>? _written;

    public string FilePath => Path.GetFullPath(options.Value.SmsFilePath);

    public async Task SendAsync(Guid messageId, string mobile, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mobile);
        ArgumentNullException.ThrowIfNull(text);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var path = FilePath;
            _written ??= await ReadWrittenAsync(path, cancellationToken);
            if (_written.Contains(messageId))
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var line = string.Join('\t',
                messageId.ToString("D", CultureInfo.InvariantCulture),
                timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                mobile,
                text.ReplaceLineEndings(" ").Replace('\t', ' ')) + "\n";
            await File.AppendAllTextAsync(path, line, cancellationToken);
            _written.Add(messageId);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<HashSet<Guid>> ReadWrittenAsync(string path, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        if (!File.Exists(path))
        {
            return ids;
        }

        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && Guid.TryParse(line.AsSpan(0, tab), out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
