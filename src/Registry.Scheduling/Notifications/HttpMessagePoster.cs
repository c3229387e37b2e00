using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Registry.Scheduling.Notifications;

/// <summary>
/// POSTs one message as JSON to a gateway, with the outbox id as <c>Idempotency-Key</c> so a gateway can drop a repeat
/// after a crash; any answer but 2xx (or a timeout) throws, which the dispatcher turns into a retry with backoff.
/// </summary>
internal sealed class HttpMessagePoster : IDisposable
{
    private readonly HttpClient _client;
    private readonly HttpGatewayOptions _options;

    public HttpMessagePoster(HttpGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Timeout };
    }

    public HttpGatewayOptions Options => _options;

    public async Task PostAsync(Guid messageId, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", messageId.ToString("D"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }

        using var response = await _client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"gateway {_options.Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}: {(text.Length > 200 ? text[..200] : text)}", null, response.StatusCode);
        }
    }

    public void Dispose() => _client.Dispose();
}
