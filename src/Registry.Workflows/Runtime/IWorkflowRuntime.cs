using System.Collections.Immutable;

namespace Registry.Workflows.Runtime;

/// <summary>
/// Starts and resumes instances. Every method is one unit of work: it loads the instance, runs until every path waits on a
/// bookmark (or the instance ends) and commits state and journal with optimistic concurrency through
/// <see cref="IWorkflowInstanceStore"/>. Failures leave the stored instance unchanged.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance on the latest published version of the definition.</summary>
    /// <param name="request">Definition, actor, correlation and variables.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> StartAsync(StartRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a human task. Throws <see cref="TaskAlreadyCompletedException"/> when someone else completed it first,
    /// <see cref="TaskClaimedException"/> when someone else has claimed it,
    /// <see cref="WorkflowOperationException"/> when the outcome is not allowed, an opinion is missing or the instance has ended;
    /// <see cref="WorkflowConcurrencyException"/> when the instance is suspended.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="bookmarkId">The task's bookmark id (from <see cref="WorkflowInstance.OpenBookmarks"/>).</param>
    /// <param name="decision">Who, outcome, opinion, return target, reason, form inputs.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> CompleteTaskAsync(Guid instanceId, string bookmarkId, TaskDecision decision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims (签收) an open human task for <paramref name="actor"/>: from then on only they may complete it, until it is released.
    /// Claiming a task one already holds is a no-op. Throws <see cref="TaskClaimedException"/> when someone else holds it and
    /// <see cref="TaskAlreadyCompletedException"/> when it was completed meanwhile. Journaled as <c>Claimed</c>.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="bookmarkId">The task's bookmark id.</param>
    /// <param name="actor">Who claims it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> ClaimTaskAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases a claimed human task back to its role or candidate group. Only the assignee may release it unless
    /// <paramref name="force"/> is set (a supervisor reassigning work; the caller checks that permission). Journaled as <c>Released</c>.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="bookmarkId">The task's bookmark id.</param>
    /// <param name="actor">Who releases it.</param>
    /// <param name="force">Release even though <paramref name="actor"/> is not the assignee.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> ReleaseTaskAsync(Guid instanceId, string bookmarkId, string actor, bool force = false, CancellationToken cancellationToken = default);

    /// <summary>Delivers a named signal (e.g. <c>tax-paid</c>) to the instance's open wait for it; the payload is merged into variables.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="signalName">The signal name.</param>
    /// <param name="actor">Who or which system sends it.</param>
    /// <param name="payload">Variables to set.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> SignalAsync(Guid instanceId, string signalName, string actor, ImmutableDictionary<string, string>? payload = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes every timer bookmark due now (by <see cref="TimeProvider"/>); call from a host's periodic job.</summary>
    /// <param name="maxInstances">At most this many instances per sweep.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many timers fired.</returns>
    Task<int> SweepTimersAsync(int maxInstances = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fires the due timers of one instance (the host's timer job calls this per instance inside its own case command,
    /// so the case follows in the same transaction). Does nothing when nothing is due or the instance is not running.
    /// </summary>
    Task<WorkflowInstance> FireTimersAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Runs the automatic step of an open incident (<see cref="BookmarkKind.Incident"/>) again, once its cause is gone.</summary>
    /// <exception cref="TaskAlreadyCompletedException">Someone else retried or resolved it first.</exception>
    Task<WorkflowInstance> RetryIncidentAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Closes an open incident by ending the instance as rejected, with the reason journaled.</summary>
    /// <exception cref="TaskAlreadyCompletedException">Someone else retried or resolved it first.</exception>
    Task<WorkflowInstance> RejectAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string? reasonCode, string? reasonText, CancellationToken cancellationToken = default);

    /// <summary>
    /// Closes an open incident by sending the case back to an earlier completed human task (<paramref name="returnTo"/>),
    /// as a return decision would: the steps after it are redone and a return to the start task pauses the clock (补正).
    /// </summary>
    /// <exception cref="TaskAlreadyCompletedException">Someone else retried or resolved it first.</exception>
    /// <exception cref="WorkflowOperationException">The target is not an earlier completed human task upstream of the incident.</exception>
    Task<WorkflowInstance> ReturnAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string returnTo, string? reasonText, CancellationToken cancellationToken = default);

    /// <summary>Suspends (中止) the instance: open tasks stay open but cannot be completed; the clock is paused.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reasonCode">Reason code.</param>
    /// <param name="reasonText">Reason text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> SuspendAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default);

    /// <summary>Lifts a suspension; the pause interval ends now.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> ResumeAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Withdraws (撤回) the instance: open bookmarks are cancelled and it ends as withdrawn.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reasonCode">Reason code.</param>
    /// <param name="reasonText">Reason text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> WithdrawAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a chosen instance to another published version of its definition. Each open bookmark's node is mapped through
    /// <paramref name="nodeMapping"/> (a node missing from the mapping keeps its id, which must exist in the target); the
    /// mapped nodes are activated afresh in the target version. Journaled as <c>Migrated</c>.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="targetVersion">The published version to move to.</param>
    /// <param name="nodeMapping">Current node id → node id in the target version.</param>
    /// <param name="actor">Who (an administrator).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="MigrateAsync(Guid, int, IReadOnlyDictionary{string, string}, string, CancellationToken)"/>, with
    /// <paramref name="note"/> (the migration plan that moved it) journaled as the <c>Migrated</c> entry's opinion.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="targetVersion">The published version to move to.</param>
    /// <param name="nodeMapping">Current node id → node id in the target version.</param>
    /// <param name="actor">Who (an administrator).</param>
    /// <param name="note">What the journal says about the migration (the plan), or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, string? note, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands an open human task to <paramref name="assignee"/> (转办/委派), claimed or not; the caller checks that the
    /// actor may do so and that the assignee holds the task's role. Journaled as <c>Reassigned</c> with the previous
    /// assignee, the new one and <paramref name="reason"/>.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="bookmarkId">The task's bookmark id.</param>
    /// <param name="assignee">Who holds the task from now on.</param>
    /// <param name="actor">Who reassigns it (an administrator).</param>
    /// <param name="reason">Why (journaled).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The committed instance.</returns>
    /// <exception cref="TaskAlreadyCompletedException">The task was completed meanwhile.</exception>
    Task<WorkflowInstance> ReassignTaskAsync(Guid instanceId, string bookmarkId, string assignee, string actor, string reason, CancellationToken cancellationToken = default);
}
