using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Options;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;

namespace Registry.Workflows.Runtime;

/// <summary>
/// The graph-walking runtime: each command loads an instance, walks automatic nodes until every path waits on a bookmark
/// (or the instance ends), and commits state plus journal with optimistic concurrency.
/// </summary>
internal sealed class WorkflowEngine : IWorkflowRuntime
{
    private readonly IWorkflowDefinitionStore _definitions;
    private readonly IWorkflowInstanceStore _instances;
    private readonly TimeProvider _time;
    private readonly WorkflowEngineOptions _options;
    private readonly ActivityPorts _ports;
    private readonly ActivityRegistry _registry;

    // Published versions are immutable, so their compiled form can be cached for the life of the engine.
    private readonly ConcurrentDictionary<(string Id, int Version), CompiledDefinition> _compiled = new();

    public WorkflowEngine(
        IWorkflowDefinitionStore definitions,
        IWorkflowInstanceStore instances,
        TimeProvider time,
        IOptions<WorkflowEngineOptions> options,
        ActivityPorts ports,
        IActivityRegistry registry)
    {
        _registry = ActivityRegistry.Of(registry);
        _definitions = definitions;
        _instances = instances;
        _time = time;
        _options = options.Value;
        _ports = ports;
    }

    public async Task<WorkflowInstance> StartAsync(StartRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = await _definitions.FindLatestPublishedAsync(request.DefinitionId, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowOperationException($"definition '{request.DefinitionId}' has no published version");
        var compiled = Compile(definition);
        var now = _time.GetUtcNow();
        var instance = new WorkflowInstance(
            request.InstanceId ?? Guid.CreateVersion7(now),
            definition.Id,
            definition.Version,
            request.CorrelationId,
            InstanceStatus.Running,
            0,
            now,
            now,
            request.Variables ?? ImmutableDictionary<string, string>.Empty,
            [],
            [],
            ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            [],
            [],
            0);
        var state = new ExecutionState(instance, now, request.Actor);
        state.Write(JournalAction.Started, null, definition.DisplayName.Zh, inputs: ImmutableDictionary<string, string>.Empty.Add("version", definition.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var seeds = new Queue<(string, string?)>();
        seeds.Enqueue((definition.StartNodeId, null));
        await RunAsync(compiled, state, seeds, cancellationToken).ConfigureAwait(false);
        var next = state.Build();
        await _instances.CommitAsync(next, 0, state.Journal, cancellationToken).ConfigureAwait(false);
        return next;
    }

    public Task<WorkflowInstance> CompleteTaskAsync(Guid instanceId, string bookmarkId, TaskDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return ExecuteAsync(instanceId, decision.Actor, (instance, compiled, state, ct) => CompleteAsync(instance, compiled, state, bookmarkId, decision, ct), cancellationToken);
    }

    public async Task<WorkflowInstance> ClaimTaskAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var current = await _instances.FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (current?.OpenBookmarks.FirstOrDefault(b => b.Id == bookmarkId) is { } held && held.Assignee == actor)
        {
            return current;
        }

        return await ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                var bookmark = OpenHumanTask(instance, state, bookmarkId);
                if (bookmark.Assignee is not null && bookmark.Assignee != actor)
                {
                    throw new TaskClaimedException(bookmark, actor, _options.DisplayOffset);
                }

                state.Open[state.Open.IndexOf(bookmark)] = bookmark with { Assignee = actor, ClaimedAt = state.Now };
                state.Write(JournalAction.Claimed, bookmark.NodeId, bookmark.NodeName);
                return ValueTask.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<WorkflowInstance> ReleaseTaskAsync(Guid instanceId, string bookmarkId, string actor, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                var bookmark = OpenHumanTask(instance, state, bookmarkId);
                if (bookmark.Assignee is null)
                {
                    throw new WorkflowOperationException($"task {bookmark.NodeName} is not claimed");
                }

                if (bookmark.Assignee != actor && !force)
                {
                    throw new TaskClaimedException(bookmark, actor, _options.DisplayOffset);
                }

                state.Open[state.Open.IndexOf(bookmark)] = bookmark with { Assignee = null, ClaimedAt = null };
                state.Write(JournalAction.Released, bookmark.NodeId, bookmark.NodeName, inputs: ImmutableDictionary<string, string>.Empty.Add("assignee", bookmark.Assignee));
                return ValueTask.CompletedTask;
            },
            cancellationToken);
    }

    public Task<WorkflowInstance> SignalAsync(Guid instanceId, string signalName, string actor, ImmutableDictionary<string, string>? payload = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            instanceId,
            actor,
            async (instance, compiled, state, ct) =>
            {
                EnsureActive(instance);
                var bookmark = state.Open.Find(b => b.Kind == BookmarkKind.Signal && b.SignalName == signalName)
                    ?? throw new WorkflowOperationException($"instance {instance.Id} is not waiting for signal '{signalName}'");
                foreach (var (key, value) in payload ?? ImmutableDictionary<string, string>.Empty)
                {
                    state.Variables[key] = value;
                }

                state.Close(bookmark, Outcomes.Done);
                state.CloseNodeIntervals(bookmark.NodeId);
                state.Write(JournalAction.Signalled, bookmark.NodeId, bookmark.NodeName, signalName, inputs: payload);
                var next = new Queue<(string, string?)>();
                Route(compiled, state, bookmark.NodeId, Outcomes.Done, fork: false, next);
                await RunAsync(compiled, state, next, ct).ConfigureAwait(false);
            },
            cancellationToken);

    public async Task<int> SweepTimersAsync(int maxInstances = 100, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = await _instances.FindDueTimersAsync(now, maxInstances, cancellationToken).ConfigureAwait(false);
        var fired = 0;
        foreach (var id in due)
        {
            try
            {
                var count = 0;
                await ExecuteAsync(id, "system", async (instance, compiled, state, ct) => count = await FireDueAsync(instance, compiled, state, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                fired += count;
            }
            catch (WorkflowConcurrencyException)
            {
                // Someone else moved the instance; the next sweep sees the fresh state.
            }
        }

        return fired;
    }

    public Task<WorkflowInstance> FireTimersAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(instanceId, "system", async (instance, compiled, state, ct) => await FireDueAsync(instance, compiled, state, ct).ConfigureAwait(false), cancellationToken);

    /// <summary>Closes the due waits of a running instance (a signal's wait times out, a timer is done) and runs on; returns how many fired.</summary>
    private async ValueTask<int> FireDueAsync(WorkflowInstance instance, CompiledDefinition compiled, ExecutionState state, CancellationToken cancellationToken)
    {
        if (instance.Status != InstanceStatus.Running)
        {
            return 0;
        }

        var count = 0;
        var next = new Queue<(string, string?)>();
        foreach (var bookmark in state.Open.Where(b => b.DueAt <= state.Now).ToList())
        {
            var outcome = bookmark.Kind == BookmarkKind.Signal ? Outcomes.Timeout : Outcomes.Done;
            state.Close(bookmark, outcome);
            state.CloseNodeIntervals(bookmark.NodeId);
            state.Write(JournalAction.TimerFired, bookmark.NodeId, bookmark.NodeName, outcome);
            Route(compiled, state, bookmark.NodeId, outcome, fork: false, next);
            count++;
        }

        await RunAsync(compiled, state, next, cancellationToken).ConfigureAwait(false);
        return count;
    }

    public Task<WorkflowInstance> RetryIncidentAsync(Guid instanceId, string bookmarkId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return ExecuteAsync(
            instanceId,
            actor,
            async (instance, compiled, state, ct) =>
            {
                var incident = OpenIncident(instance, state, bookmarkId);
                state.Close(incident, "retried");
                state.Variables.Remove(ExecutionState.IncidentVariable(incident.NodeId));
                state.Write(JournalAction.IncidentRetried, incident.NodeId, incident.NodeName, "retry");
                var next = new Queue<(string, string?)>();
                next.Enqueue((incident.NodeId, null));
                await RunAsync(compiled, state, next, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<WorkflowInstance> RejectAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string? reasonCode, string? reasonText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                var incident = OpenIncident(instance, state, bookmarkId);
                state.Close(incident, Outcomes.Reject);
                state.Write(JournalAction.IncidentResolved, incident.NodeId, incident.NodeName, Outcomes.Reject, reasonText, Reason(reasonCode, null));
                EndActivity.End(state, InstanceStatus.Rejected, incident.NodeId, incident.NodeName);
                return ValueTask.CompletedTask;
            },
            cancellationToken);
    }

    public Task<WorkflowInstance> ReturnAtIncidentAsync(Guid instanceId, string bookmarkId, string actor, string returnTo, string? reasonText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(returnTo);
        return ExecuteAsync(
            instanceId,
            actor,
            async (instance, compiled, state, ct) =>
            {
                var incident = OpenIncident(instance, state, bookmarkId);
                var (target, downstream, isStart) = ReturnTarget(compiled, state, incident, returnTo);
                state.Close(incident, Outcomes.Return);
                state.Variables.Remove(ExecutionState.IncidentVariable(incident.NodeId));
                state.Write(JournalAction.IncidentResolved, incident.NodeId, incident.NodeName, Outcomes.Return, reasonText, Reason(null, returnTo));
                var next = new Queue<(string, string?)>();
                Rewind(compiled, state, incident.NodeId, returnTo, target, downstream, isStart, null, reasonText, next);
                await RunAsync(compiled, state, next, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private Bookmark OpenIncident(WorkflowInstance instance, ExecutionState state, string bookmarkId)
    {
        var bookmark = state.Open.Find(b => b.Id == bookmarkId);
        if (bookmark is null)
        {
            var closed = instance.ClosedBookmarks.LastOrDefault(c => c.Bookmark.Id == bookmarkId);
            throw closed is not null
                ? new TaskAlreadyCompletedException(closed, _options.DisplayOffset)
                : new WorkflowOperationException($"instance {instance.Id} has no incident '{bookmarkId}'");
        }

        return bookmark.Kind == BookmarkKind.Incident
            ? bookmark
            : throw new WorkflowOperationException($"bookmark '{bookmarkId}' ({bookmark.NodeName}) is not an incident");
    }

    public Task<WorkflowInstance> SuspendAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                EnsureActive(instance);
                Suspend(state, null, null, reasonCode, reasonText, null);
                return ValueTask.CompletedTask;
            },
            cancellationToken);

    public Task<WorkflowInstance> ResumeAsync(Guid instanceId, string actor, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                if (instance.Status != InstanceStatus.Suspended)
                {
                    throw new WorkflowOperationException($"instance {instance.Id} is not suspended ({instance.Status})");
                }

                state.Status = InstanceStatus.Running;
                state.CloseIntervals(i => i.Reason == ExecutionState.SuspensionReason);
                state.Write(JournalAction.Resumed, null, null, "resume");
                return ValueTask.CompletedTask;
            },
            cancellationToken);

    public Task<WorkflowInstance> WithdrawAsync(Guid instanceId, string actor, string? reasonCode = null, string? reasonText = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                if (instance.IsEnded)
                {
                    throw new WorkflowOperationException($"instance {instance.Id} has already ended ({instance.Status})");
                }

                state.Write(JournalAction.Withdrawn, null, null, "withdraw", reasonText, Reason(reasonCode, null));
                EndActivity.End(state, InstanceStatus.Withdrawn, null, null);
                return ValueTask.CompletedTask;
            },
            cancellationToken);

    public Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, CancellationToken cancellationToken = default) =>
        MigrateAsync(instanceId, targetVersion, nodeMapping, actor, null, cancellationToken);

    public Task<WorkflowInstance> ReassignTaskAsync(Guid instanceId, string bookmarkId, string assignee, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assignee);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ExecuteAsync(
            instanceId,
            actor,
            (instance, _, state, _) =>
            {
                var bookmark = OpenHumanTask(instance, state, bookmarkId);
                if (bookmark.Assignee == assignee)
                {
                    throw new WorkflowOperationException($"task {bookmark.NodeName} is already held by {assignee}");
                }

                state.Open[state.Open.IndexOf(bookmark)] = bookmark with { Assignee = assignee, ClaimedAt = state.Now };
                var inputs = ImmutableDictionary<string, string>.Empty.Add("assignee", assignee);
                if (bookmark.Assignee is not null)
                {
                    inputs = inputs.Add("previousAssignee", bookmark.Assignee);
                }

                state.Write(JournalAction.Reassigned, bookmark.NodeId, bookmark.NodeName, "reassigned", reason, inputs);
                return ValueTask.CompletedTask;
            },
            cancellationToken);
    }

    public Task<WorkflowInstance> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string> nodeMapping, string actor, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodeMapping);
        return ExecuteAsync(
            instanceId,
            actor,
            async (instance, _, state, ct) =>
            {
                if (instance.IsEnded)
                {
                    throw new WorkflowOperationException($"instance {instance.Id} has already ended ({instance.Status})");
                }

                var definition = await _definitions.FindAsync(instance.DefinitionId, targetVersion, ct).ConfigureAwait(false);
                if (definition?.Status != DefinitionStatus.Published)
                {
                    throw new WorkflowOperationException($"definition {instance.DefinitionId} v{targetVersion} is not published");
                }

                var target = Compile(definition);
                string Map(string nodeId)
                {
                    var mapped = nodeMapping.GetValueOrDefault(nodeId, nodeId);
                    return target.Activities.ContainsKey(mapped)
                        ? mapped
                        : throw new WorkflowOperationException($"node '{nodeId}' maps to '{mapped}', which v{targetVersion} does not have");
                }

                var seeds = new Queue<(string, string?)>();
                foreach (var bookmark in state.Open.ToList())
                {
                    var mapped = Map(bookmark.NodeId);
                    state.Close(bookmark, "migrated");
                    seeds.Enqueue((mapped, null));
                }

                foreach (var (join, sources) in state.JoinArrivals.ToList())
                {
                    state.JoinArrivals.Remove(join);
                    if (nodeMapping.GetValueOrDefault(join, join) is var j && target.Activities.ContainsKey(j))
                    {
                        state.JoinArrivals[j] = [.. sources.Select(s => nodeMapping.GetValueOrDefault(s, s)).Where(target.Activities.ContainsKey)];
                    }
                }

                state.VisitedTasks = [.. state.VisitedTasks.Select(v => nodeMapping.GetValueOrDefault(v, v)).Where(target.Activities.ContainsKey).Distinct()];
                state.DefinitionVersion = targetVersion;
                var inputs = nodeMapping.ToImmutableDictionary(StringComparer.Ordinal)
                    .SetItem("fromVersion", instance.DefinitionVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .SetItem("toVersion", targetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
                state.Write(JournalAction.Migrated, null, null, $"v{instance.DefinitionVersion}→v{targetVersion}", note, inputs);
                await RunAsync(target, state, seeds, ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>The open human-task bookmark, or the error a caller should see (already completed by …, unknown, not a task).</summary>
    private Bookmark OpenHumanTask(WorkflowInstance instance, ExecutionState state, string bookmarkId)
    {
        var bookmark = state.Open.Find(b => b.Id == bookmarkId);
        if (bookmark is null)
        {
            var closed = instance.ClosedBookmarks.LastOrDefault(c => c.Bookmark.Id == bookmarkId);
            throw closed is not null
                ? new TaskAlreadyCompletedException(closed, _options.DisplayOffset)
                : new WorkflowOperationException($"instance {instance.Id} has no task '{bookmarkId}'");
        }

        return bookmark.Kind == BookmarkKind.HumanTask
            ? bookmark
            : throw new WorkflowOperationException($"bookmark '{bookmarkId}' ({bookmark.NodeName}) is not a human task");
    }

    private async ValueTask CompleteAsync(WorkflowInstance instance, CompiledDefinition compiled, ExecutionState state, string bookmarkId, TaskDecision decision, CancellationToken cancellationToken)
    {
        var bookmark = OpenHumanTask(instance, state, bookmarkId);
        if (compiled.Get(bookmark.NodeId) is not HumanTaskActivity task)
        {
            throw new WorkflowOperationException($"bookmark '{bookmarkId}' ({bookmark.NodeName}) is not a human task");
        }

        if (bookmark.Assignee is not null && bookmark.Assignee != decision.Actor)
        {
            throw new TaskClaimedException(bookmark, decision.Actor, _options.DisplayOffset);
        }

        if (instance.Status == InstanceStatus.Suspended)
        {
            // Callers check for a suspension before they decide; meeting one here means another command suspended the
            // instance in between (a race on a server database): a conflict, so the command runs again and is told who.
            throw new WorkflowConcurrencyException($"task {bookmark.NodeName} cannot be completed: the instance is suspended");
        }

        task.Validate(decision);
        var inputs = Reason(decision.ReasonCode, decision.ReturnTo);
        if (decision.Inputs is not null)
        {
            inputs = inputs.SetItems(decision.Inputs);
        }

        var next = new Queue<(string, string?)>();
        switch (decision.Outcome)
        {
            case Outcomes.Suspend:
                Suspend(state, bookmark.NodeId, bookmark.NodeName, decision.ReasonCode, decision.ReasonText ?? decision.Opinion, decision.Opinion);
                return;
            case Outcomes.Approve:
                Finish(state, task, bookmark, decision, inputs);
                Route(compiled, state, bookmark.NodeId, Outcomes.Approve, fork: false, next);
                break;
            case Outcomes.Reject:
                Finish(state, task, bookmark, decision, inputs);
                if (compiled.Outgoing(bookmark.NodeId).Any(t => t.Definition.EffectiveOutcome == Outcomes.Reject))
                {
                    Route(compiled, state, bookmark.NodeId, Outcomes.Reject, fork: false, next);
                }
                else
                {
                    EndActivity.End(state, InstanceStatus.Rejected, bookmark.NodeId, bookmark.NodeName);
                }

                break;
            default:
                Return(compiled, state, task, bookmark, decision, inputs, next);
                break;
        }

        await RunAsync(compiled, state, next, cancellationToken).ConfigureAwait(false);
    }

    private static void Finish(ExecutionState state, HumanTaskActivity task, Bookmark bookmark, TaskDecision decision, ImmutableDictionary<string, string> inputs)
    {
        state.Close(bookmark, decision.Outcome);
        state.MarkVisited(bookmark.NodeId);
        state.CloseNodeIntervals(bookmark.NodeId);
        task.ApplyForm(state, decision.Inputs);
        state.Write(JournalAction.Completed, bookmark.NodeId, bookmark.NodeName, decision.Outcome, decision.Opinion, inputs);
    }

    private static void Return(CompiledDefinition compiled, ExecutionState state, HumanTaskActivity task, Bookmark bookmark, TaskDecision decision, ImmutableDictionary<string, string> inputs, Queue<(string, string?)> next)
    {
        var targetId = decision.ReturnTo
            ?? compiled.Outgoing(bookmark.NodeId).FirstOrDefault(t => t.Definition.EffectiveOutcome == Outcomes.Return)?.Definition.To
            ?? throw new WorkflowOperationException($"task {bookmark.NodeName}: return needs a target (none given and the definition has no return transition)");
        var (target, downstream, isStart) = ReturnTarget(compiled, state, bookmark, targetId);
        state.Close(bookmark, Outcomes.Return);
        state.CloseNodeIntervals(bookmark.NodeId);
        task.ApplyForm(state, decision.Inputs);
        state.Write(JournalAction.Returned, bookmark.NodeId, bookmark.NodeName, Outcomes.Return, decision.Opinion ?? decision.ReasonText, inputs.SetItem("returnTo", targetId));
        Rewind(compiled, state, bookmark.NodeId, targetId, target, downstream, isStart, decision.ReasonCode, decision.ReasonText ?? decision.Opinion, next);
    }

    // A return goes back to an earlier completed human task upstream of the node returning (or to the start task).
    private static (Activity Target, HashSet<string> Downstream, bool IsStart) ReturnTarget(CompiledDefinition compiled, ExecutionState state, Bookmark from, string targetId)
    {
        if (!compiled.Activities.TryGetValue(targetId, out var target) || target is not HumanTaskActivity)
        {
            throw new WorkflowOperationException($"{from.NodeName}: return target '{targetId}' is not a human task");
        }

        var isStart = targetId == compiled.Definition.StartNodeId;
        var downstream = compiled.ReachableFrom(targetId);
        if (targetId == from.NodeId || !downstream.Contains(from.NodeId) || (!isStart && !state.VisitedTasks.Contains(targetId)))
        {
            throw new WorkflowOperationException($"{from.NodeName}: can only return to an earlier completed task, not '{targetId}'");
        }

        return (target, downstream, isStart);
    }

    private static void Rewind(CompiledDefinition compiled, ExecutionState state, string fromNodeId, string targetId, Activity target, HashSet<string> downstream, bool isStart, string? reasonCode, string? reasonText, Queue<(string, string?)> next)
    {
        // Everything downstream of the target is redone: cancel its open waits, forget its join arrivals, and it is no longer "done".
        state.VisitedTasks = state.VisitedTasks.RemoveAll(downstream.Contains);
        foreach (var open in state.Open.Where(b => downstream.Contains(b.NodeId)).ToList())
        {
            state.Cancel(open, $"returned to {target.Name}");
        }

        foreach (var (join, arrived) in state.JoinArrivals.ToList())
        {
            var kept = arrived.RemoveAll(downstream.Contains);
            if (kept.IsEmpty)
            {
                state.JoinArrivals.Remove(join);
            }
            else
            {
                state.JoinArrivals[join] = kept;
            }
        }

        // Returning from after a join into one of its branches redoes only that branch: the other branches already
        // arrived in the round that fired the join, so they count as arrived again.
        foreach (var join in compiled.Activities.Values.OfType<JoinActivity>())
        {
            if (downstream.Contains(join.Id) && compiled.ReachableFrom(join.Id).Contains(fromNodeId))
            {
                var arrived = state.JoinArrivals.GetValueOrDefault(join.Id, []);
                foreach (var source in join.Sources.Where(s => !downstream.Contains(s) && !arrived.Contains(s)))
                {
                    arrived = arrived.Add(source);
                }

                if (!arrived.IsEmpty)
                {
                    state.JoinArrivals[join.Id] = arrived;
                }
            }
        }

        // A return to the start task is a request for supplement (补正): the clock does not run until it is resubmitted.
        state.OpenInterval(isStart ? ClockEffect.Paused : ClockEffect.Running, isStart ? "supplement" : "return", reasonCode, reasonText, targetId);
        next.Enqueue((targetId, null));
    }

    private static void Suspend(ExecutionState state, string? nodeId, string? nodeName, string? reasonCode, string? reasonText, string? opinion)
    {
        state.Status = InstanceStatus.Suspended;
        state.OpenInterval(ClockEffect.Paused, ExecutionState.SuspensionReason, reasonCode, reasonText, nodeId);
        state.Write(JournalAction.Suspended, nodeId, nodeName, Outcomes.Suspend, opinion ?? reasonText, Reason(reasonCode, null));
    }

    private static void EnsureActive(WorkflowInstance instance)
    {
        if (instance.Status != InstanceStatus.Running)
        {
            throw new WorkflowOperationException($"instance {instance.Id} is {instance.Status.ToString().ToLowerInvariant()}");
        }
    }

    private static ImmutableDictionary<string, string> Reason(string? code, string? returnTo)
    {
        var inputs = ImmutableDictionary<string, string>.Empty;
        if (code is not null)
        {
            inputs = inputs.Add("reasonCode", code);
        }

        return returnTo is null ? inputs : inputs.Add("returnTo", returnTo);
    }

    private async Task<WorkflowInstance> ExecuteAsync(
        Guid instanceId,
        string actor,
        Func<WorkflowInstance, CompiledDefinition, ExecutionState, CancellationToken, ValueTask> step,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var instance = await _instances.FindAsync(instanceId, cancellationToken).ConfigureAwait(false)
                ?? throw new WorkflowOperationException($"instance {instanceId} does not exist");
            var compiled = await GetCompiledAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false);
            var state = new ExecutionState(instance, _time.GetUtcNow(), actor);
            await step(instance, compiled, state, cancellationToken).ConfigureAwait(false);
            var next = state.Build();
            try
            {
                await _instances.CommitAsync(next, instance.Version, state.Journal, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (WorkflowConcurrencyException) when (attempt < _options.ConflictRetries)
            {
                // Another step committed first; recompute on the fresh state (which reports a same-task conflict by name).
            }
        }
    }

    private async Task RunAsync(CompiledDefinition compiled, ExecutionState state, IEnumerable<(string Node, string? From)> seeds, CancellationToken cancellationToken)
    {
        var queue = seeds as Queue<(string, string?)> ?? new Queue<(string, string?)>(seeds);
        var context = new ActivityContext(state, _ports);
        var steps = 0;
        while (queue.Count > 0 && !state.IsEnded)
        {
            if (++steps > _options.MaxAutomaticStepsPerCommand)
            {
                throw new WorkflowOperationException($"more than {_options.MaxAutomaticStepsPerCommand} nodes ran in one step; the definition loops without waiting");
            }

            var (nodeId, from) = queue.Dequeue();
            var activity = compiled.Get(nodeId);
            context.EnteredFrom = from;
            ActivityResult result;
            if (activity.CallsPorts)
            {
                ActivityResult? outcome = null;
                var failure = await RunIsolatedAsync(async ct => outcome = await activity.ExecuteAsync(context, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                if (failure is not null)
                {
                    // The step's own writes were undone; the instance waits at the node with the reason until retried.
                    state.RaiseIncident(nodeId, activity.Name, context.NewBookmarkId(), failure.Message);
                    continue;
                }

                result = outcome ?? throw new InvalidOperationException($"node {nodeId} returned no result");
            }
            else
            {
                result = await activity.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
            }
            if (result.Kind is ActivityResultKind.Continue or ActivityResultKind.Fork)
            {
                Route(compiled, state, nodeId, result.Outcome, result.Kind == ActivityResultKind.Fork, queue);
            }
        }

        if (!state.IsEnded && state.Open.Count == 0)
        {
            throw new WorkflowOperationException($"instance {state.InstanceId} would be left waiting on nothing (a join whose branches cannot all arrive?)");
        }
    }

    /// <summary>Runs a port-calling step through the host's isolation; without one, any failure but a conflict or a cancellation is an incident.</summary>
    private async Task<Exception?> RunIsolatedAsync(Func<CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        if (_ports.Isolation is { } isolation)
        {
            return await isolation.RunAsync(step, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await step(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or WorkflowConcurrencyException))
        {
            return ex;
        }
    }

    private static void Route(CompiledDefinition compiled, ExecutionState state, string nodeId, string outcome, bool fork, Queue<(string, string?)> queue)
    {
        var matched = false;
        ImmutableDictionary<string, string>? variables = null;
        foreach (var transition in compiled.Outgoing(nodeId))
        {
            if (transition.Definition.EffectiveOutcome != outcome)
            {
                continue;
            }

            if (transition.Condition is not null && !transition.Condition.Evaluate(variables ??= state.Variables.ToImmutable()))
            {
                continue;
            }

            queue.Enqueue((transition.Definition.To, nodeId));
            matched = true;
            if (!fork)
            {
                break;
            }
        }

        if (!matched)
        {
            throw new WorkflowOperationException($"node '{nodeId}' has no transition for outcome '{outcome}' whose condition holds");
        }
    }

    private async ValueTask<CompiledDefinition> GetCompiledAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue((definitionId, version), out var cached))
        {
            return cached;
        }

        var definition = await _definitions.FindAsync(definitionId, version, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowOperationException($"definition {definitionId} v{version} does not exist");
        return Compile(definition);
    }

    private CompiledDefinition Compile(WorkflowDefinition definition)
    {
        if (definition.Status != DefinitionStatus.Published)
        {
            throw new WorkflowOperationException($"definition {definition.Id} v{definition.Version} is not published");
        }

        return _compiled.GetOrAdd((definition.Id, definition.Version), _ =>
        {
            var issues = new List<DefinitionIssue>();
            var compiled = CompiledDefinition.Compile(definition, $"{definition.Id} v{definition.Version}", issues, _registry);
            return issues.Count == 0 ? compiled : throw new WorkflowDefinitionException(issues);
        });
    }
}
