using System.Collections.Immutable;
using Registry.Workflows.Runtime;

namespace Registry.Application.Worklist;

/// <summary>
/// Decorates the engine's runtime: every committed claim, release, completion (and any other step that opens or closes
/// tasks) raises <see cref="IWorklistEvents"/>. Every path that changes tasks (decisions, claims, the timer sweep)
/// goes through the runtime, so nothing has to remember to raise the event.
/// </summary>
/// <remarks>Inside a case command the event is raised once the command commits (a rolled-back step announces nothing).</remarks>
public sealed class WorklistEventsRuntime(IWorkflowRuntime inner, IWorklistEvents events, Transactions.ICaseCommandTransaction? transaction = null) : IWorkflowRuntime
{
    /// <inheritdoc />
    public async Task<WorkflowInstance> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        Raise(await inner.StartAsync(request, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, request?.Actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> CompleteTaskAsync(Guid instanceId, string bookmarkId, TaskDecision decision, CancellationToken cancellationToken = default) =>
        Raise(await inner.CompleteTaskAsync(instanceId, bookmarkId, decision, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Completed, decision?.Actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> ClaimTaskAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default) =>
        Raise(await inner.ClaimTaskAsync(instanceId, bookmarkId, actor, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Claimed, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> ReleaseTaskAsync(Guid instanceId, string bookmarkId, string actor, bool force = false, CancellationToken cancellationToken = default) =>
        Raise(await inner.ReleaseTaskAsync(instanceId, bookmarkId, actor, force, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Released, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> SignalAsync(Guid instanceId, string signalName, string actor, ImmutableDictionary<string, string>? payload = null, CancellationToken cancellationToken = default) =>
        Raise(await inner.SignalAsync(instanceId, signalName, actor, payload, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<int> SweepTimersAsync(int maxInstances = 100, CancellationToken cancellationToken = default)
    {
        var fired = await inner.SweepTimersAsync(maxInstances, cancellationToken).ConfigureAwait(false);
        if (fired > 0)
        {
            events.Raise(new WorklistChange(WorklistChangeKind.Other, Guid.Empty, null, "timer"));
        }

        return fired;
    }

    /// <inheritdoc />
    public async Task<WorkflowInstance> FireTimersAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Raise(await inner.FireTimersAsync(instanceId, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, "timer");

    /// <inheritdoc />
    public async Task<WorkflowInstance> RetryIncidentAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default) =>
        Raise(await inner.RetryIncidentAsync(instanceId, bookmarkId, actor, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> ReturnAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string returnTo, string? reasonText, CancellationToken cancellationToken = default) =>
        Raise(await inner.ReturnAtIncidentAsync(instanceId, bookmarkId, actor, returnTo, reasonText, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    public async Task<WorkflowInstance> RejectAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string? reasonCode, string? reasonText, CancellationToken cancellationToken = default) =>
        Raise(await inner.RejectAtIncidentAsync(instanceId, bookmarkId, actor, reasonCode, reasonText, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> SuspendAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default) =>
        Raise(await inner.SuspendAsync(instanceId, actor, reasonCode, reasonText, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> ResumeAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default) =>
        Raise(await inner.ResumeAsync(instanceId, actor, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> WithdrawAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default) =>
        Raise(await inner.WithdrawAsync(instanceId, actor, reasonCode, reasonText, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, CancellationToken cancellationToken = default) =>
        Raise(await inner.MigrateAsync(instanceId, targetVersion, nodeMapping, actor, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, string? note, CancellationToken cancellationToken = default) =>
        Raise(await inner.MigrateAsync(instanceId, targetVersion, nodeMapping, actor, note, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Other, actor);

    /// <inheritdoc />
    public async Task<WorkflowInstance> ReassignTaskAsync(Guid instanceId, string bookmarkId, string assignee, string actor, string reason, CancellationToken cancellationToken = default) =>
        Raise(await inner.ReassignTaskAsync(instanceId, bookmarkId, assignee, actor, reason, cancellationToken).ConfigureAwait(false), WorklistChangeKind.Claimed, actor);

    private WorkflowInstance Raise(WorkflowInstance instance, WorklistChangeKind kind, string? actor)
    {
        var change = new WorklistChange(kind, instance.Id, instance.CorrelationId, actor ?? string.Empty);
        if (transaction is null)
        {
            events.Raise(change);
        }
        else
        {
            transaction.AfterCommit(() => events.Raise(change));
        }

        return instance;
    }
}
