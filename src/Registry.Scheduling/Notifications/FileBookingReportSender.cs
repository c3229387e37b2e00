using System.Globalization;
using Microsoft.Extensions.Options;
using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// The default reporting adapter (登簿上报, embedded default): appends one tab-separated line per booking report (id, time,
/// case number, text) to a file, standing in for the provincial exchange platform. Its successful return is the delivery
/// the self-check reads as acknowledged. Idempotent by message id: ids already in the file are not written again.
/// Replace this sender (channel <see cref="NotificationChannel.Platform"/>) to talk to a real platform.
/// </summary>
internal sealed class FileBookingReportSender(IOptions<SchedulingOptions> options, TimeProvider timeProvider) : INotificationSender, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private HashSet<Guid>? _written;

    public NotificationChannel Channel => NotificationChannel.Platform;

    public string FilePath => Path.GetFullPath(options.Value.BookingReportFilePath);

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
                envelope.Message.CaseNumber ?? string.Empty,
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
