using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// The embedded default WeChat adapter: appends one tab-separated line per template message (id, time, mobile, template,
/// text) to <c>Scheduling:WeChatFilePath</c>. Idempotent by message id.
/// </summary>
internal sealed class FileWeChatSender(IOptions<SchedulingOptions> options, TimeProvider timeProvider) : INotificationSender, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<Guid>? _written;

    public NotificationChannel Channel => NotificationChannel.WeChat;

    public string FilePath => Path.GetFullPath(options.Value.WeChatFilePath);

    public async Task DeliverAsync(OutboxEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var path = FilePath;
            _written ??= await ReadWrittenAsync(path, cancellationToken);
            if (_written.Contains(envelope.Id))
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var line = string.Join('\t',
                envelope.Id.ToString("D", CultureInfo.InvariantCulture),
                timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                envelope.Message.Recipient,
                envelope.Message.TemplateKey,
                envelope.Message.Text.ReplaceLineEndings(" ").Replace('\t', ' ')) + "\n";
            await File.AppendAllTextAsync(path, line, cancellationToken);
            _written.Add(envelope.Id);
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
