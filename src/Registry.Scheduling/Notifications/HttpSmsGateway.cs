using Registry.Application.Notifications;

namespace Registry.Scheduling.Notifications;

/// <summary>A carrier's SMS gateway over HTTP: <c>{"messageId","mobile","text"}</c> POSTed to <c>Notifications:Sms:Endpoint</c>.</summary>
internal sealed class HttpSmsGateway(HttpMessagePoster poster) : ISmsGateway
{
    public Task SendAsync(Guid messageId, string mobile, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mobile);
        return poster.PostAsync(messageId, new { messageId, mobile, text }, cancellationToken);
    }
}
