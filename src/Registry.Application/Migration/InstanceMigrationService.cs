using System.Collections.Immutable;
using Registry.Application.Cases;
using Registry.Application.Designer;
using Registry.Application.Examination;
using Registry.Application.Transactions;
using Registry.Domain.Codes;
using Registry.Workflows;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Application.Migration;

/// <summary>Migration plans over the engine's <see cref="IWorkflowRuntime.MigrateAsync(Guid, int, IReadOnlyDictionary{string, string}, string, string?, CancellationToken)"/>; role checked on every call.</summary>
internal sealed class InstanceMigrationService(
    IWorkflowDefinitionStore definitions,
    IWorkflowDefinitionVersions versions,
    IWorkflowInstanceStore instances,
    IWorkflowRuntime runtime,
    ICaseRepository cases,
    CaseDecisionService decisions,
    ICaseCommandTransaction transaction) : IInstanceMigration
{
    /// <summary>The node kinds an instance waits on (a human task, a wait for a signal or a timer).</summary>
    private static readonly HashSet<string> WaitingKinds = new(StringComparer.Ordinal) { ActivityKinds.HumanTask, ActivityKinds.Wait };

    public async Task<MigrationProposal> ProposeAsync(DesignerUser user, string definitionId, int sourceVersion, int targetVersion, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        var (source, target) = await VersionsAsync(definitionId, sourceVersion, targetVersion, cancellationToken).ConfigureAwait(false);
        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        var unended = await versions.ListUnendedAsync(definitionId, sourceVersion, cancellationToken).ConfigureAwait(false);
        foreach (var item in unended)
        {
            var instance = await instances.FindAsync(item.InstanceId, cancellationToken).ConfigureAwait(false);
            foreach (var node in instance?.CurrentNodeIds ?? [])
            {
                waiting[node] = waiting.GetValueOrDefault(node) + 1;
            }
        }

        var rows = source.Nodes
            .Where(n => WaitingKinds.Contains(n.Kind) || waiting.ContainsKey(n.Id))
            .Select(n => new MigrationNodeRow(
                n.Id,
                n.Name.Zh,
                n.Kind,
                waiting.GetValueOrDefault(n.Id),
                target.FindNode(n.Id) is { } same && same.Kind == n.Kind ? same.Id : null,
                [.. target.Nodes.Where(t => t.Kind == n.Kind).Select(t => new MigrationTargetNode(t.Id, t.Name.Zh, t.Kind))]))
            .ToList();
        return new MigrationProposal(definitionId, sourceVersion, targetVersion, rows, unended.Count);
    }

    public async Task<IReadOnlyList<MigrationDryRunRow>> DryRunAsync(DesignerUser user, MigrationPlan plan, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentNullException.ThrowIfNull(plan);
        var (source, target) = await VersionsAsync(plan.DefinitionId, plan.SourceVersion, plan.TargetVersion, cancellationToken).ConfigureAwait(false);
        var rows = new List<MigrationDryRunRow>();
        foreach (var item in await versions.ListUnendedAsync(plan.DefinitionId, plan.SourceVersion, cancellationToken).ConfigureAwait(false))
        {
            var instance = await instances.FindAsync(item.InstanceId, cancellationToken).ConfigureAwait(false);
            if (instance is not null)
            {
                rows.Add(Check(instance, source, target, plan));
            }
        }

        return rows;
    }

    public async Task<IReadOnlyList<MigrationOutcome>> ExecuteAsync(DesignerUser user, MigrationPlan plan, IReadOnlyList<Guid> instanceIds, IProgress<MigrationProgress>? progress = null, int batchSize = 20, CancellationToken cancellationToken = default)
    {
        Authorize(user);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(instanceIds);
        var (source, target) = await VersionsAsync(plan.DefinitionId, plan.SourceVersion, plan.TargetVersion, cancellationToken).ConfigureAwait(false);
        var note = plan.Describe();
        var outcomes = new List<MigrationOutcome>(instanceIds.Count);
        foreach (var batch in instanceIds.Distinct().Chunk(Math.Max(1, batchSize)))
        {
            foreach (var id in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(await MoveAsync(user, plan, source, target, id, note, cancellationToken).ConfigureAwait(false));
            }

            progress?.Report(new MigrationProgress(outcomes.Count, instanceIds.Count, outcomes.Count(o => o.Moved)));
        }

        return outcomes;
    }

    /// <summary>One instance, one case command: checked again on the state it commits against, moved, its case brought in step.</summary>
    private async Task<MigrationOutcome> MoveAsync(DesignerUser user, MigrationPlan plan, WorkflowDefinition source, WorkflowDefinition target, Guid instanceId, string note, CancellationToken cancellationToken)
    {
        try
        {
            return await transaction.RunAsync(
                async ct =>
                {
                    var instance = await instances.FindAsync(instanceId, ct).ConfigureAwait(false);
                    if (instance is null || instance.IsEnded || instance.DefinitionId != plan.DefinitionId || instance.DefinitionVersion != plan.SourceVersion)
                    {
                        return new MigrationOutcome(instanceId, instance?.CorrelationId ?? string.Empty, false, MigrationBlock.NoLongerOnSource, null);
                    }

                    var check = Check(instance, source, target, plan);
                    if (!check.CanMove)
                    {
                        return new MigrationOutcome(instanceId, check.CaseNumber, false, check.Block, check.BlockedAt);
                    }

                    var after = await runtime.MigrateAsync(instanceId, plan.TargetVersion, FullMapping(plan, instance), user.Name, note, ct).ConfigureAwait(false);
                    if (await CaseOfAsync(instance.CorrelationId, ct).ConfigureAwait(false) is { } caseNumber)
                    {
                        await decisions.SyncAsync(caseNumber, after, user.Name, ct).ConfigureAwait(false);
                    }

                    return new MigrationOutcome(instanceId, check.CaseNumber, true, MigrationBlock.None, null);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowOperationException e)
        {
            // Checked above on the same state; reaching here means the engine saw something the plan check does not model.
            return new MigrationOutcome(instanceId, string.Empty, false, MigrationBlock.Refused, e.Message);
        }
    }

    private async Task<string?> CaseOfAsync(string? correlationId, CancellationToken cancellationToken) =>
        CaseNumber.TryParse(correlationId, out var number, out _) && await cases.FindAsync(number!, cancellationToken).ConfigureAwait(false) is not null
            ? number!.Value
            : null;

    /// <summary>Where each open bookmark of <paramref name="instance"/> lands under <paramref name="plan"/>, or the first reason it cannot move.</summary>
    private static MigrationDryRunRow Check(WorkflowInstance instance, WorkflowDefinition source, WorkflowDefinition target, MigrationPlan plan)
    {
        var from = instance.OpenBookmarks.Select(b => b.NodeName).Distinct(StringComparer.Ordinal).ToList();
        var claimedBy = instance.OpenBookmarks.FirstOrDefault(b => b.Assignee is not null)?.Assignee;
        MigrationDryRunRow Blocked(MigrationBlock block, string? at) =>
            new(instance.Id, instance.CorrelationId ?? string.Empty, from, [], block, at, claimedBy);

        if (instance.Status == InstanceStatus.Suspended)
        {
            return Blocked(MigrationBlock.Suspended, null);
        }

        var to = new List<string>();
        foreach (var bookmark in instance.OpenBookmarks)
        {
            if (bookmark.Kind == BookmarkKind.Incident)
            {
                return Blocked(MigrationBlock.Incident, bookmark.NodeName);
            }

            var landing = Target(plan, target, bookmark.NodeId);
            if (landing is null)
            {
                return Blocked(MigrationBlock.Unmapped, bookmark.NodeName);
            }

            if (source.FindNode(bookmark.NodeId)?.Kind != landing.Kind)
            {
                return Blocked(MigrationBlock.KindMismatch, bookmark.NodeName);
            }

            if (!to.Contains(landing.Name.Zh, StringComparer.Ordinal))
            {
                to.Add(landing.Name.Zh);
            }
        }

        return new MigrationDryRunRow(instance.Id, instance.CorrelationId ?? string.Empty, from, to, MigrationBlock.None, null, claimedBy);
    }

    private static NodeDefinition? Target(MigrationPlan plan, WorkflowDefinition target, string nodeId) =>
        plan.Mapping.TryGetValue(nodeId, out var mapped) ? target.FindNode(mapped) : target.FindNode(nodeId);

    /// <summary>The plan's mapping, plus every node of the instance the plan leaves to its id (the engine maps joins and visited tasks too).</summary>
    private static ImmutableDictionary<string, string> FullMapping(MigrationPlan plan, WorkflowInstance instance)
    {
        var mapping = plan.Mapping.ToBuilder();
        foreach (var node in instance.CurrentNodeIds)
        {
            mapping.TryAdd(node, node);
        }

        return mapping.ToImmutable();
    }

    private async Task<(WorkflowDefinition Source, WorkflowDefinition Target)> VersionsAsync(string definitionId, int sourceVersion, int targetVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        if (sourceVersion == targetVersion)
        {
            throw new ArgumentException($"source and target are the same version v{sourceVersion}", nameof(targetVersion));
        }

        var source = await definitions.FindAsync(definitionId, sourceVersion, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"workflow definition {definitionId} v{sourceVersion} does not exist");
        var target = await definitions.FindAsync(definitionId, targetVersion, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"workflow definition {definitionId} v{targetVersion} does not exist");
        return target.Status == DefinitionStatus.Published
            ? (source, target)
            : throw new ArgumentException($"workflow definition {definitionId} v{targetVersion} is not published", nameof(targetVersion));
    }

    private static void Authorize(DesignerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsBusinessAdmin)
        {
            throw new MigrationAccessDeniedException(user.Name);
        }
    }
}
