using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Registry.Scheduling.Tests.Notifications;

/// <summary>A real HTTP listener on a loopback port standing in for a carrier's gateway: records each request and answers with the next status given.</summary>
internal sealed class LocalGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<HttpStatusCode> _answers;
    private readonly List<(string Body, string? IdempotencyKey, string? Authorization)> _requests = [];
    private readonly Task _loop;

    public LocalGateway(params HttpStatusCode[] answers)
    {
        _answers = new Queue<HttpStatusCode>(answers);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/send/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public IReadOnlyList<(string Body, string? IdempotencyKey, string? Authorization)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener.
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
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
            HttpStatusCode status;
            lock (_requests)
            {
                _requests.Add((body, context.Request.Headers["Idempotency-Key"], context.Request.Headers["Authorization"]));
                status = _answers.Count > 0 ? _answers.Dequeue() : HttpStatusCode.OK;
            }

            context.Response.StatusCode = (int)status;
            var answer = Encoding.UTF8.GetBytes(status == HttpStatusCode.OK ? "{\"ok\":true}" : "{\"error\":\"busy\"}");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
