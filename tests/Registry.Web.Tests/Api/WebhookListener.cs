using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Registry.Web.Tests.Api;

/// <summary>A webhook receiver on a loopback port: keeps every POST (headers and body); can be told to fail.</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<Received> _received = new();

    private WebhookListener(int port)
    {
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Where to post.</summary>
    public Uri Url { get; }

    /// <summary>The status the listener answers with (500 makes the sender retry).</summary>
    public int AnswerStatus { get; set; } = 200;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<Received> All => [.. _received];

    public static WebhookListener Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookListener(port);
    }

    /// <summary>The first request matching <paramref name="match"/>, waiting at most <paramref name="timeout"/>; null if none came.</summary>
    public async Task<Received?> WaitForAsync(Func<Received, bool> match, TimeSpan timeout)
    {
        var end = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } hit)
            {
                return hit;
            }

            if (DateTime.UtcNow >= end)
            {
                return null;
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            _received.Enqueue(new Received(headers, body, AnswerStatus));
            context.Response.StatusCode = AnswerStatus;
            context.Response.Close();
        }
    }

    /// <summary>One request as received.</summary>
    public sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredWith);
}
