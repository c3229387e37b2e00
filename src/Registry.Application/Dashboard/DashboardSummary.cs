using Registry.Application.Inspection;

namespace Registry.Application.Dashboard;

/// <summary>What the figures of one filter are computed from: the high-volume counts grouped by the database, the rest as rows.</summary>
internal sealed record DashboardSummary(
    IReadOnlyList<DashboardAcceptedBucket> Accepted,
    IReadOnlyList<DashboardFinishedBucket> Finished,
    int OverdueNow,
    IReadOnlyList<DashboardDecision> Decisions,
    IReadOnlyList<DashboardRecordedCase> Seizures,
    IReadOnlyList<DashboardSelfCheckedCase> SelfChecked,
    IReadOnlyList<InspectedCase> Inspected);
