namespace Registry.Workflows.Ports;

/// <summary>Sends a notification (SMS, mail, message to another system); implemented by the application.</summary>
public interface INotificationSender
{
    /// <summary>Sends the notification named by <see cref="PortRequest.Name"/> (a template); should be idempotent on the key.</summary>
    /// <param name="request">Instance, node, template and variables.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when the notification is handed over.</returns>
    Task SendAsync(PortRequest request, CancellationToken cancellationToken = default);
}
