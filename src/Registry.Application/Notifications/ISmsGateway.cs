namespace Registry.Application.Notifications;

/// <summary>Sends text messages to applicants. The default adapter writes them to a file; a carrier adapter replaces it.</summary>
public interface ISmsGateway
{
    /// <summary>Sends one message; a repeated call with the same <paramref name="messageId"/> must not send it twice.</summary>
    /// <param name="messageId">The outbox message id.</param>
    /// <param name="mobile">The mobile number.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task SendAsync(Guid messageId, string mobile, string text, CancellationToken cancellationToken = default);
}
