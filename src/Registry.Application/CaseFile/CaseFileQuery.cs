using System.Text.Json;
using Registry.Application.Cases;
using Registry.Application.Catalogue;
using Registry.Application.Deadlines;
using Registry.Application.Examination;
using Registry.Application.Register.Browse;
using Registry.Application.Review;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Diagram;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.CaseFile;

/// <summary>
/// Builds a <see cref="CaseFile"/> from the existing stores. Every lookup is by key: the case by its unique number, each
/// unit by code (three queries per unit), review runs by (case number, time), the instance and its journal by instance id,
/// the definition by (id, version), the deadline by case number. So the cost does not grow with the number of cases stored.
/// </summary>
internal sealed class CaseFileQuery(
    ICaseRepository cases,
    IRegisterBrowser register,
    IReviewRunStore reviews,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    ICaseDeadlineStore deadlineStore,
    ICaseDeadlineService deadlines,
    IBusinessTypeCatalogue catalogue,
    IMaterialNames materialNames) : ICaseFileQuery
{
    // Engine steps a reader of the history does not need: a node opening is implied by the next line.
    private static readonly HashSet<JournalAction> Hidden = [JournalAction.Activated];

    public async Task<CaseFile?> FindAsync(string caseNumber, CancellationToken cancellationToken = default)
    {
        var number = CaseNumber.Parse(caseNumber, "caseNumber");
        var registrationCase = await cases.FindAsync(number, cancellationToken);
        if (registrationCase is null)
        {
            return null;
        }

        catalogue.TryFind(registrationCase.BusinessType, out var type);
        var units = new List<CaseFileUnit>(registrationCase.Units.Count);
        foreach (var unit in registrationCase.Units)
        {
            units.Add(new CaseFileUnit(unit.Value, await register.GetUnitAsync(unit.Value, cancellationToken: cancellationToken)));
        }

        var runs = await reviews.ListForCaseAsync(number.Value, cancellationToken);
        var findings = runs.Count == 0 ? null : CaseFileFindings.From(runs[^1], runs.Count - 1);
        var (workflow, journal) = await LoadWorkflowAsync(registrationCase, cancellationToken);
        return new CaseFile(
            Header(registrationCase, type),
            [.. registrationCase.Parties.Select(p => new CaseFileParty(p.Role.ToString(), p.Party.Name, p.Party.IdKind, p.Party.IdNumber, p.Share?.ToString(), p.IsApplicant))],
            units,
            Materials(registrationCase, type),
            findings,
            workflow,
            journal,
            await LoadDeadlineAsync(number.Value, cancellationToken));
    }

    private static CaseFileHeader Header(RegistrationCase c, BusinessType? type) => new(
        c.Number.Value,
        c.BusinessType,
        type?.Name.Zh ?? c.BusinessType,
        type?.Name.En ?? c.BusinessType,
        c.Status.ToString(),
        c.AcceptedAt,
        c.AcceptedBy,
        c.Channel.ToString(),
        c.Cause,
        c.Declared.DeclaredPrice,
        c.IssuedCertificateNo,
        c.IsOpen);

    private CaseFileMaterials Materials(RegistrationCase c, BusinessType? type)
    {
        var received = c.Materials
            .Select(m => (Material: m, Name: Name(m.Code)))
            .Select(x => new CaseFileMaterial(x.Material.Code, x.Name.Zh, x.Name.En, x.Material.Pages, x.Material.ProvidedBy, x.Material.ReceivedAt, x.Material.ViaDataSharing))
            .ToList();
        var codes = c.Materials.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var checklist = (type?.Materials ?? [])
            .Select(r => new CaseFileChecklistItem(
                r.Code,
                string.Join("或", r.Alternatives.Select(a => Name(a).Zh)),
                string.Join(" or ", r.Alternatives.Select(a => Name(a).En)),
                r.Required,
                r.ProvidedBy,
                // Items the office obtains through data sharing are not demanded from the applicant again.
                r.ProvidedBy == "sharedData" || r.Alternatives.Any(codes.Contains)))
            .ToList();
        return new CaseFileMaterials(received, checklist);
    }

    private CatalogueText Name(string code) => materialNames.Find(code) ?? new CatalogueText(code, code);

    private async Task<(CaseFileWorkflow? Workflow, IReadOnlyList<CaseFileJournalLine> Journal)> LoadWorkflowAsync(RegistrationCase c, CancellationToken cancellationToken)
    {
        if (c.WorkflowInstanceId is not { } instanceId || await instances.FindAsync(instanceId, cancellationToken) is not { } instance)
        {
            return (null, []);
        }

        var entries = await instances.ReadJournalAsync(instanceId, cancellationToken);
        var journal = entries
            .Where(e => !Hidden.Contains(e.Action))
            .Select(e => new CaseFileJournalLine(e.Sequence, e.At, e.Action.ToString(), e.NodeName, e.Actor, e.Outcome, e.Opinion,
                e.Inputs.GetValueOrDefault("reasonCode"), e.Inputs.GetValueOrDefault("returnTo")))
            .ToList();
        var definition = await definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        if (definition is null)
        {
            return (null, journal);
        }

        var current = instance.CurrentNodeIds.ToHashSet(StringComparer.Ordinal);
        var visited = entries.Where(e => e.NodeId is not null && e.Action is JournalAction.Completed or JournalAction.Executed or JournalAction.Returned or JournalAction.Signalled)
            .Select(e => e.NodeId!).ToHashSet(StringComparer.Ordinal);
        var nodes = definition.Nodes
            .Select(n => new CaseFileNode(n.Id, n.Name.Zh, n.Name.En ?? n.Name.Zh, n.Kind, RoleOf(n), current.Contains(n.Id), visited.Contains(n.Id)))
            .ToList();
        var tasks = instance.OpenBookmarks
            .Where(b => b.Kind == BookmarkKind.HumanTask)
            .Select(b => new CaseFileTask(b.Id, b.NodeId, b.NodeName, b.Role, b.Assignee, b.CreatedAt))
            .ToList();
        var waits = instance.OpenBookmarks
            .Where(b => b.Kind == BookmarkKind.Signal && b.SignalName is not null)
            .Select(b => (Bookmark: b, Node: nodes.Find(n => n.Id == b.NodeId)))
            .Select(x => new CaseFileSignalWait(x.Bookmark.NodeId, x.Node?.NameZh ?? x.Bookmark.NodeName, x.Node?.NameEn ?? x.Bookmark.NodeName,
                x.Bookmark.SignalName!, x.Bookmark.CreatedAt, SignalPermissions.RolesFor(x.Bookmark.SignalName!)))
            .ToList();
        var workflow = new CaseFileWorkflow(instance.Id, definition.Id, definition.Version, definition.DisplayName.Zh, instance.Status.ToString(),
            MermaidDiagramExporter.Export(definition, instance), nodes, tasks, waits)
        {
            Incidents = [.. instance.OpenBookmarks
                .Where(b => b.Kind == BookmarkKind.Incident)
                .Select(b => new CaseFileIncident(b.Id, b.NodeId, b.NodeName, instance.Variables.GetValueOrDefault($"{b.NodeId}.incident") ?? string.Empty, b.CreatedAt)
                {
                    ReturnTargets = ReturnTargets.From(definition, entries, b.NodeId, instance.VisitedTasks),
                })],
            Transitions = TransitionsTaken(definition, entries),
            StartNodeId = definition.StartNodeId,
        };
        return (workflow, journal);
    }

    /// <summary>
    /// Marks the transitions the case went along: one is taken when its source finished (completed, executed, returned,
    /// signalled, timer fired) with its outcome and its target opened later in the journal. Read from the journal already
    /// loaded, so the page costs no extra query.
    /// </summary>
    private static List<CaseFileTransition> TransitionsTaken(WorkflowDefinition definition, IReadOnlyList<JournalEntry> entries)
    {
        var edges = definition.Transitions.Select(t => (t.From, t.To, t.EffectiveOutcome)).ToHashSet();
        var splits = definition.Nodes.Where(n => n.Kind == ActivityKinds.ParallelSplit).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var taken = new HashSet<(string From, string To, string Outcome)>();
        // Steps that finished and whose next node has not opened yet; one that led somewhere is dropped at the next finish,
        // so a later opening of the same target by another route is not credited to it. A parallel split stays until it
        // runs again: its branches may open after an automatic branch has already run.
        var finished = new List<(string NodeId, string Outcome, bool Led)>();
        foreach (var entry in entries.OrderBy(e => e.Sequence))
        {
            if (entry.NodeId is not { } nodeId)
            {
                continue;
            }

            // A human task or wait journals its opening (Activated); an automatic step may journal only that it ran.
            var finishes = entry.Action is JournalAction.Completed or JournalAction.Executed or JournalAction.Returned or JournalAction.Signalled or JournalAction.TimerFired;
            if (entry.Action is JournalAction.Activated || finishes)
            {
                for (var i = 0; i < finished.Count; i++)
                {
                    var edge = (finished[i].NodeId, nodeId, finished[i].Outcome);
                    if (edges.Contains(edge))
                    {
                        taken.Add(edge);
                        finished[i] = finished[i] with { Led = true };
                    }
                }
            }

            if (finishes)
            {
                finished.RemoveAll(f => (f.Led && !splits.Contains(f.NodeId)) || f.NodeId == nodeId);
                finished.Add((nodeId, entry.Outcome ?? Outcomes.Done, false));
            }
        }

        return [.. definition.Transitions.Select(t => new CaseFileTransition(t.From, t.To, t.Outcome, taken.Contains((t.From, t.To, t.EffectiveOutcome))))];
    }

    private static string? RoleOf(NodeDefinition node) =>
        node.Kind == ActivityKinds.HumanTask ? HumanTaskInputs.Read(node).Role : null;

    private async Task<CaseFileDeadline?> LoadDeadlineAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var record = await deadlineStore.FindAsync(caseNumber, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var remaining = await deadlines.GetRemainingAsync(caseNumber, cancellationToken);
        return new CaseFileDeadline(record.TimeLimitCode, remaining.Stage, remaining.DueAt, remaining.RemainingWorkingDays, remaining.IsPaused,
            record.Pauses, record.Extensions, record.ClosedAt, remaining.IsProvisional);
    }
}
