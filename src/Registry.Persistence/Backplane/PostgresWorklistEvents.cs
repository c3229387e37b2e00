using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Registry.Application.Worklist;

namespace Registry.Persistence.Backplane;

/// <summary>
/// <see cref="IWorklistEvents"/> across web nodes on one PostgreSQL database, by <c>LISTEN</c>/<c>NOTIFY</c>: a change
/// committed on this node is told to this node's worklists at once and sent as a notification; every other node
/// listening on the channel tells its own. Chosen over Redis pub/sub because the database is already there and
/// shared (no second server to run and watch), a notification is delivered only to sessions that are connected, which
/// is all a live refresh needs (a node that was down re-queries when its pages open), and the domestic databases that
/// speak PostgreSQL's protocol keep it.
/// </summary>
/// <remarks>
/// Sending happens on a background connection so a decision never waits for it; a lost notification only delays a
/// refresh (the worklist also re-queries when opened). The listener reconnects with a back-off after a failure.
/// </remarks>
internal sealed partial class PostgresWorklistEvents(string connectionString, ILogger<PostgresWorklistEvents> logger) : IWorklistEvents, IHostedService, IAsyncDisposable
{
    internal const string Channel = "registry_worklist";

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private readonly InProcessWorklistEvents _local = new();
    private readonly Channel<WorklistChange> _outgoing = System.Threading.Channels.Channel.CreateBounded<WorklistChange>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _sender;
    private Task? _listener;

    /// <summary>This node, so that its own notifications are not told twice.</summary>
    internal Guid NodeId { get; } = Guid.NewGuid();

    /// <summary>Completes once the listener has subscribed (tests wait on it before raising elsewhere).</summary>
    internal Task Listening => _listening.Task;

    /// <inheritdoc />
    public event Action<WorklistChange>? Changed
    {
        add => _local.Changed += value;
        remove => _local.Changed -= value;
    }

    /// <inheritdoc />
    public void Raise(WorklistChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _local.Raise(change);
        _outgoing.Writer.TryWrite(change);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sender = Task.Run(() => SendLoopAsync(_stopping.Token), CancellationToken.None);
        _listener = Task.Run(() => ListenLoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _outgoing.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        foreach (var loop in new[] { _sender, _listener })
        {
            if (loop is not null)
            {
                try
                {
                    await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task SendLoopAsync(CancellationToken stopping)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stopping).ConfigureAwait(false);
                backoff = TimeSpan.FromMilliseconds(200);
                while (await _outgoing.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
                {
                    while (_outgoing.Reader.TryPeek(out var change))
                    {
                        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                        notify.Parameters.AddWithValue("channel", Channel);
                        notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new Message(NodeId, change)));
                        await notify.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                        _outgoing.Reader.TryRead(out _);
                    }
                }

                return; // completed: the node is stopping
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogSendFailed(logger, e, backoff);
                await Delay(backoff, stopping).ConfigureAwait(false);
                backoff = Next(backoff);
            }
        }
    }

    private async Task ListenLoopAsync(CancellationToken stopping)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stopping).ConfigureAwait(false);
                connection.Notification += (_, e) => Receive(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                }

                _listening.TrySetResult();
                backoff = TimeSpan.FromMilliseconds(200);
                while (!stopping.IsCancellationRequested)
                {
                    await connection.WaitAsync(stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or System.IO.IOException)
            {
                LogListenFailed(logger, e, backoff);
                await Delay(backoff, stopping).ConfigureAwait(false);
                backoff = Next(backoff);
            }
        }
    }

    private void Receive(string payload)
    {
        Message? message;
        try
        {
            message = JsonSerializer.Deserialize<Message>(payload);
        }
        catch (JsonException e)
        {
            LogBadPayload(logger, e, payload);
            return;
        }

        if (message is not null && message.Node != NodeId)
        {
            _local.Raise(message.Change);
        }
    }

    private static TimeSpan Next(TimeSpan backoff) => backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;

    private static async Task Delay(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worklist notifications could not be sent to the other nodes; retrying in {Backoff}.")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes' worklist changes failed; reconnecting in {Backoff}.")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A worklist notification could not be read: {Payload}")]
    private static partial void LogBadPayload(ILogger logger, Exception exception, string payload);

    private sealed record Message(Guid Node, WorklistChange Change);
}
