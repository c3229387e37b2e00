using System.Collections.Immutable;
using System.Globalization;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Activities;

/// <summary>
/// Waits for an external signal (e.g. <c>tax-paid</c>, <c>announcement-over</c>) and/or a due instant. A timer is only a
/// bookmark with <see cref="Bookmark.DueAt"/>; the host sweeps due timers. <c>clockEffect: paused</c> opens a pause interval
/// (e.g. an announcement period does not count towards the time limit).
/// </summary>
internal sealed class WaitActivity : Activity
{
    private static readonly ImmutableArray<string> WaitOutcomes = [Outcomes.Done, Outcomes.Timeout];

    public WaitActivity(NodeDefinition node, NodeInputs inputs)
        : base(node)
    {
        Signal = inputs.String("signal");
        After = inputs.Duration("after");
        AfterWorkingDays = inputs.PositiveInt("afterWorkingDays");
        if (inputs.Has("afterWorkingDays") && inputs.Has("after"))
        {
            inputs.Issue("afterWorkingDays", "give either 'after' or 'afterWorkingDays', not both");
        }

        DueVariable = inputs.String("dueVariable");
        if (!inputs.Has("signal") && !inputs.Has("after") && !inputs.Has("afterWorkingDays") && !inputs.Has("dueVariable"))
        {
            inputs.Issue("signal", "a wait needs a signal, an 'after' duration, 'afterWorkingDays' or a 'dueVariable'");
        }

        ClockEffect = inputs.String("clockEffect") == "paused" ? ClockEffect.Paused : ClockEffect.Running;
    }

    public string? Signal { get; }

    public TimeSpan? After { get; }

    /// <summary>A due measured in the host's working days (<see cref="IBusinessCalendar"/>), e.g. a 30-working-day notice.</summary>
    public int? AfterWorkingDays { get; }

    public string? DueVariable { get; }

    public ClockEffect ClockEffect { get; }

    public override IReadOnlyCollection<string> PossibleOutcomes => WaitOutcomes;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var state = context.State;
        if (state.HasOpenBookmarkOn(Id))
        {
            // Already waiting here: a second token must not open a second task on a sequential node.
            return ValueTask.FromResult(ActivityResult.Wait);
        }

        DateTimeOffset? due = After is { } after ? state.Now + after : null;
        if (AfterWorkingDays is { } workingDays)
        {
            due = ActivityPorts.Require(context.Ports.Calendar, Id).EndOfWorkingDays(state.Now, workingDays);
        }

        if (DueVariable is not null && state.Variables.TryGetValue(DueVariable, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            due = parsed;
        }

        if (Signal is null && due is null)
        {
            throw new WorkflowOperationException($"wait {Name}: variable '{DueVariable}' holds no instant");
        }

        var kind = Signal is null ? BookmarkKind.Timer : BookmarkKind.Signal;
        state.Open.Add(new Bookmark(context.NewBookmarkId(), Id, Name, kind, state.Now, SignalName: Signal, DueAt: due));
        if (ClockEffect == ClockEffect.Paused)
        {
            state.OpenInterval(ClockEffect.Paused, $"wait:{Signal ?? "timer"}", null, null, Id);
        }

        state.Write(JournalAction.Activated, Id, Name, actor: "system");
        return ValueTask.FromResult(ActivityResult.Wait);
    }
}
