using Registry.Application.Deadlines;
using Registry.Scheduling.Workflow;
using Registry.Workflows.Runtime;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class WorkflowClockIntervalsTests
{
    private static ClockInterval Interval(ClockEffect effect, string reason) => new(DateTimeOffset.UnixEpoch, null, effect, reason, null, null, "review");

    [Theory]
    [InlineData("supplement", ClockStopReason.Supplement)]
    [InlineData("suspension", ClockStopReason.Suspension)]
    [InlineData("wait:announcement-over", ClockStopReason.Announcement)]
    [InlineData("wait:survey-done", ClockStopReason.CadastralSurvey)]
    public void PausedInterval_MapsToItsStopReason(string reason, ClockStopReason expected) =>
        Assert.Equal(expected, WorkflowClockIntervals.ToStopReason(Interval(ClockEffect.Paused, reason)));

    [Theory]
    [InlineData(ClockEffect.Running, "return")]
    [InlineData(ClockEffect.Paused, "wait:tax-paid")]
    public void RunningOrUnknownInterval_HasNoStopReason(ClockEffect effect, string reason) =>
        Assert.Null(WorkflowClockIntervals.ToStopReason(Interval(effect, reason)));
}
