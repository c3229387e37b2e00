using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Deadlines;
using Registry.Domain;
using Registry.Domain.Cases;
using Registry.Domain.Codes;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Examination;

/// <summary>A decision the rules of the office do not allow (wrong role, separation of duties, nothing open).</summary>
public sealed class DecisionNotAllowedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DecisionNotAllowedException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public DecisionNotAllowedException()
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public DecisionNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A decision with field errors (see <see cref="DecisionValidator"/>).</summary>
public sealed class DecisionInvalidException(IReadOnlyList<DecisionError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    /// <summary>The errors.</summary>
    public IReadOnlyList<DecisionError> Errors { get; } = errors;
}

/// <summary>What a member of staff may decide on a case now.</summary>
/// <param name="Task">The open task.</param>
/// <param name="Context">What the decision form offers.</param>
/// <param name="Role">The task's role.</param>
public sealed record DecisionOption(Bookmark Task, DecisionContext Context, string Role);

/// <summary>
/// Examiners' decisions on a case: finds the open task of the examiner's role, enforces separation of duties, validates,
/// completes the task in the engine (one transaction, optimistic: a second decision on the same task gets
/// <see cref="TaskAlreadyCompletedException"/> naming who decided first), then brings the case status and clock along.
/// </summary>
public sealed class CaseDecisionService(
    ICaseRepository cases,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IWorkflowDefinitionStore definitions,
    ICaseDeadlineService deadlines,
    TimeProvider time,
    Transactions.ICaseCommandTransaction? transaction = null,
    Review.IReviewRunStore? reviews = null,
    Notifications.Applicants.ApplicantNotifier? notifier = null,
    Dashboard.ICaseFiguresWriter? figures = null)
{
    private readonly Transactions.ICaseCommandTransaction _transaction = transaction ?? new Transactions.PassThroughCaseCommandTransaction();

    /// <summary>The task <paramref name="actor"/> (holding <paramref name="roles"/>) may decide on the case now, or null.</summary>
    public async Task<DecisionOption?> FindOptionAsync(string caseNumber, string actor, IReadOnlyCollection<string> roles, string? nodeId = null, CancellationToken cancellationToken = default)
    {
        var (_, instance, definition) = await LoadAsync(caseNumber, cancellationToken);
        var journal = await instances.ReadJournalAsync(instance.Id, cancellationToken);
        return OptionFor(instance, definition, journal, actor, roles, nodeId, taskId: null);
    }

    /// <summary>
    /// Why <paramref name="actor"/> may not decide <paramref name="option"/> under separation of duties (审核分离), or null;
    /// lets a page say so before the examiner writes an opinion. <see cref="DecideTaskAsync"/> checks again.
    /// </summary>
    public async Task<string?> SeparationOfDutiesViolationAsync(string caseNumber, string actor, DecisionOption option, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(option);
        var (_, instance, definition) = await LoadAsync(caseNumber, cancellationToken);
        var journal = await instances.ReadJournalAsync(instance.Id, cancellationToken);
        return SeparationOfDuties.Violation(journal, n => RoleOf(definition, n), actor, option.Task.NodeId);
    }

    /// <summary>Decides the open task of the actor's role on the case.</summary>
    /// <exception cref="DecisionNotAllowedException">No open task for the actor, or separation of duties forbids it.</exception>
    /// <exception cref="DecisionInvalidException">A field of the decision is wrong.</exception>
    /// <exception cref="TaskAlreadyCompletedException">Someone else decided the task first.</exception>
    public Task<RegistrationCase> DecideAsync(string caseNumber, string actor, IReadOnlyCollection<string> roles, DecisionRequest decision, string? nodeId = null, CancellationToken cancellationToken = default) =>
        DecideTaskAsync(caseNumber, actor, roles, decision, nodeId, taskId: null, cancellationToken);

    /// <summary>
    /// Decides the task the examiner's page showed (<paramref name="taskId"/>, the bookmark id). A page left open while
    /// someone else decided that task gets <see cref="TaskAlreadyCompletedException"/> naming who and when, even when the
    /// case has moved on to another task of the same role; nothing is written.
    /// </summary>
    /// <exception cref="DecisionNotAllowedException">No open task for the actor, or separation of duties forbids it.</exception>
    /// <exception cref="DecisionInvalidException">A field of the decision is wrong.</exception>
    /// <exception cref="TaskAlreadyCompletedException">The task was already completed (or cancelled) by someone.</exception>
    public Task<RegistrationCase> DecideTaskAsync(string caseNumber, string actor, IReadOnlyCollection<string> roles, DecisionRequest decision, string? nodeId, string? taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(roles);

        // One transaction: the task, the steps it triggers (review, recording, numbers), the case and its clock.
        return _transaction.RunAsync(ct => DecideInTransactionAsync(caseNumber, actor, roles, decision, nodeId, taskId, ct), cancellationToken);
    }

    private async Task<RegistrationCase> DecideInTransactionAsync(string caseNumber, string actor, IReadOnlyCollection<string> roles, DecisionRequest decision, string? nodeId, string? taskId, CancellationToken cancellationToken)
    {
        var (_, instance, definition) = await LoadAsync(caseNumber, cancellationToken);
        if (taskId is not null && !instance.OpenBookmarks.Any(b => b.Id == taskId)
            && instance.ClosedBookmarks.LastOrDefault(c => c.Bookmark.Id == taskId) is { } closed)
        {
            throw new TaskAlreadyCompletedException(closed, OfficeTime.Offset);
        }

        var journal = await instances.ReadJournalAsync(instance.Id, cancellationToken);

        // The loser of a race against a suspension (中止) is told who suspended the case and when, not an engine error.
        if (instance.Status == InstanceStatus.Suspended)
        {
            var suspended = journal.LastOrDefault(e => e.Action == JournalAction.Suspended);
            throw new DecisionNotAllowedException(suspended is null
                ? $"业务 {caseNumber} 已中止办理，不能作出决定。"
                : $"业务 {caseNumber} 已由 {suspended.Actor} 于 {suspended.At.ToOffset(OfficeTime.Offset):yyyy-MM-dd HH:mm} 中止办理（{suspended.NodeName ?? "—"}），不能作出决定。");
        }

        var option = OptionFor(instance, definition, journal, actor, roles, nodeId, taskId)
            ?? throw new DecisionNotAllowedException($"业务 {caseNumber} 当前没有您的角色（{string.Join("、", roles)}）可办理的环节。");
        if (SeparationOfDuties.Violation(journal, n => RoleOf(definition, n), actor, option.Task.NodeId) is { } violation)
        {
            throw new DecisionNotAllowedException(violation);
        }

        var errors = DecisionValidator.Validate(decision, option.Context);
        if (errors.Count > 0)
        {
            throw new DecisionInvalidException(errors);
        }

        if (decision.Kind == DecisionKind.Approve && await BlockingFindingsAsync(caseNumber, journal, cancellationToken) is { Count: > 0 } blocking)
        {
            throw new DecisionBlockedException(caseNumber, option.Task.NodeName, blocking);
        }

        var reasonText = decision.ReasonCode is { } code
            ? (ReasonCatalogue.Find(ReasonCatalogue.RefusalGrounds, code) ?? ReasonCatalogue.Find(ReasonCatalogue.ReturnReasons, code) ?? ReasonCatalogue.Find(ReasonCatalogue.SuspendReasons, code))?.Zh
            : null;
        var after = await runtime.CompleteTaskAsync(
            instance.Id,
            option.Task.Id,
            new TaskDecision(actor, OutcomeOf(decision.Kind), decision.Opinion, decision.ReturnTo, decision.ReasonCode, reasonText),
            cancellationToken);
        return await SyncAsync(caseNumber, after, actor, reasonText, cancellationToken);
    }

    /// <summary>
    /// Brings the case status and its statutory clock in step with its instance (after any engine operation). Call it
    /// inside the command that moved the instance, so both commit together.
    /// </summary>
    public Task<RegistrationCase> SyncAsync(string caseNumber, WorkflowInstance instance, string actor, CancellationToken cancellationToken = default) =>
        SyncAsync(caseNumber, instance, actor, reason: null, cancellationToken);

    private async Task<RegistrationCase> SyncAsync(string caseNumber, WorkflowInstance instance, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var registrationCase = await cases.FindAsync(CaseNumber.Parse(caseNumber), cancellationToken)
            ?? throw new DomainValidationException("caseNumber", $"case {caseNumber} does not exist");
        var definition = await definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"definition {instance.DefinitionId} v{instance.DefinitionVersion} is missing");
        var before = registrationCase.Status;
        var target = CaseProgress.Target(registrationCase, instance, definition);
        CaseProgress.MoveTo(registrationCase, target, time.GetUtcNow(), actor);
        if (registrationCase.Status != before)
        {
            await cases.UpdateAsync(registrationCase, cancellationToken);
            if (!registrationCase.IsOpen)
            {
                await deadlines.CloseAsync(registrationCase.Number.Value, cancellationToken);
                await (figures?.WriteAsync(registrationCase, cancellationToken) ?? Task.CompletedTask); // the dashboard's row, same commit
            }

            // The applicant hears of a return for supplement, an approval or a refusal in the same commit as the move.
            await Notifications.Applicants.ApplicantStatusNotices.NotifyAsync(notifier, registrationCase, before, reason, cancellationToken);
        }

        // The clock's pauses follow the instance's paused intervals (补正, 公告, survey, 中止) whatever moved them.
        if (registrationCase.IsOpen)
        {
            await deadlines.SyncClockAsync(registrationCase.Number.Value, instance.PauseIntervals, cancellationToken);
        }

        return registrationCase;
    }

    /// <summary>
    /// The blocking findings (severity Block, failed or errored) of the case's latest review run: a block stands until a
    /// later review (after a supplement, or the booking re-check) no longer finds it.
    /// </summary>
    public Task<IReadOnlyList<Review.RuleFinding>> BlockingFindingsAsync(string caseNumber, CancellationToken cancellationToken = default) =>
        BlockingFindingsAsync(caseNumber, journal: null, cancellationToken);

    private async Task<IReadOnlyList<Review.RuleFinding>> BlockingFindingsAsync(string caseNumber, IReadOnlyList<JournalEntry>? journal, CancellationToken cancellationToken)
    {
        if (reviews is null)
        {
            return [];
        }

        // The latest run by time; runs stored at the same instant are told apart by the journal (the run a step referenced
        // last), which is read only when it names another run (a seized unit's approval once passed on a tie).
        var latest = await reviews.FindLatestForCaseAsync(caseNumber, cancellationToken);
        if (journal is not null && latest is not null && LastReferencedRun(journal) is { } referencedId && referencedId != latest.Id
            && await reviews.FindAsync(referencedId, cancellationToken) is { } referenced && referenced.EvaluatedAt >= latest.EvaluatedAt)
        {
            latest = referenced;
        }

        return latest is null
            ? []
            : [.. latest.Problems.Select(p => p.Finding).Where(f => f.Severity == Review.RuleSeverity.Block).DistinctBy(f => f.RuleCode)];
    }

    // Runs made at the same instant (one command running two rule checks, a clock that did not move) are ordered by the
    // journal entries of the rule-check steps that made them: picking among them by id (random after the millisecond)
    // let an earlier clean run hide a later blocking one, and an approval passed a seizure (found by a path scenario).
    private static Guid? LastReferencedRun(IReadOnlyList<JournalEntry> journal)
    {
        for (var i = journal.Count - 1; i >= 0; i--)
        {
            if (journal[i].RuleResultReference is { } reference && reference.StartsWith("review-run:", StringComparison.Ordinal)
                && Guid.TryParse(reference.AsSpan("review-run:".Length), out var id))
            {
                return id;
            }
        }

        return null;
    }

    private async Task<(RegistrationCase Case, WorkflowInstance Instance, WorkflowDefinition Definition)> LoadAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var number = CaseNumber.Parse(caseNumber);
        var registrationCase = await cases.FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("caseNumber", $"case {number} does not exist");
        var instanceId = registrationCase.WorkflowInstanceId
            ?? throw new DomainValidationException("caseNumber", $"case {number} has no workflow");
        var instance = await instances.FindAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"workflow instance {instanceId} of case {number} is missing");
        var definition = await definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"definition {instance.DefinitionId} v{instance.DefinitionVersion} is missing");
        return (registrationCase, instance, definition);
    }

    private static DecisionOption? OptionFor(WorkflowInstance instance, WorkflowDefinition definition, IReadOnlyList<JournalEntry> journal, string actor, IReadOnlyCollection<string> roles, string? nodeId, string? taskId)
    {
        var task = instance.OpenBookmarks.FirstOrDefault(b =>
            b.Kind == BookmarkKind.HumanTask
            && (taskId is null || b.Id == taskId)
            && b.Role is not null && roles.Contains(b.Role)
            && (nodeId is null || b.NodeId == nodeId)
            && (b.Assignee is null || b.Assignee == actor));
        if (task is null)
        {
            return null;
        }

        var node = definition.Nodes.First(n => n.Id == task.NodeId);
        return new DecisionOption(task, ContextFor(node, definition, journal, task.NodeId, instance.VisitedTasks), task.Role!);
    }

    private static string? RoleOf(WorkflowDefinition definition, string nodeId) =>
        definition.Nodes.FirstOrDefault(n => n.Id == nodeId) is { Kind: ActivityKinds.HumanTask } node
            ? HumanTaskInputs.Read(node).Role
            : null;

    private static DecisionContext ContextFor(NodeDefinition node, WorkflowDefinition definition, IReadOnlyList<JournalEntry> journal, string nodeId, System.Collections.Immutable.ImmutableArray<string> visited)
    {
        var inputs = node.Kind == ActivityKinds.HumanTask ? HumanTaskInputs.Read(node) : null;
        var outcomes = inputs is { Outcomes.Count: > 0 }
            ? inputs.Outcomes.ToHashSet(StringComparer.Ordinal)
            : definition.Transitions.Where(t => t.From == nodeId).Select(t => t.Outcome).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kinds = new HashSet<DecisionKind>();
        foreach (var (kind, outcome) in new[] { (DecisionKind.Approve, Outcomes.Approve), (DecisionKind.Return, Outcomes.Return), (DecisionKind.Reject, Outcomes.Reject), (DecisionKind.Suspend, Outcomes.Suspend) })
        {
            if (outcomes.Contains(outcome))
            {
                kinds.Add(kind);
            }
        }

        var opinionRequired = inputs?.OpinionRequired ?? false;
        var targets = ReturnTargets.From(definition, journal, nodeId, visited);
        return new DecisionContext(kinds, opinionRequired, targets);
    }

    private static string OutcomeOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => Outcomes.Approve,
        DecisionKind.Return => Outcomes.Return,
        DecisionKind.Reject => Outcomes.Reject,
        DecisionKind.Suspend => Outcomes.Suspend,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
