using System.Collections.ObjectModel;
using Registry.Application.Notifications;
using Registry.Workflows.Ports;

namespace Registry.Application.CaseFlow;

/// <summary>
/// The engine's notify step: puts a staff message into the outbox for the case's inbox, keyed by the step's idempotency
/// key so a retried step never notifies twice.
/// </summary>
public sealed class OutboxWorkflowNotifier(INotificationOutbox outbox) : Workflows.Ports.INotificationSender
{
    /// <inheritdoc />
    public async Task SendAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var template = request.Name ?? "workflow.notice";
        var parameters = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
        {
            ["caseNumber"] = request.CorrelationId ?? string.Empty,
            ["node"] = request.NodeId,
        });
        var text = $"业务 {request.CorrelationId}：{template}";
        await outbox.EnqueueAsync(
            new OutboxMessage(NotificationChannel.InApp, "role:acceptor", template, parameters, text, $"workflow:{request.IdempotencyKey}") { CaseNumber = request.CorrelationId },
            cancellationToken);
    }
}
