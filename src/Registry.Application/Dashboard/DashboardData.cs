using Registry.Application.Inspection;

namespace Registry.Application.Dashboard;

/// <summary>Everything one dashboard is counted from, as read for one filter.</summary>
internal sealed record DashboardData(
    IReadOnlyList<DashboardAcceptedCase> Accepted,
    IReadOnlyList<DashboardFinishedCase> Finished,
    IReadOnlyList<DashboardOverdueCase> Overdue,
    IReadOnlyList<DashboardDecision> Decisions,
    IReadOnlyList<DashboardRecordedCase> Seizures,
    IReadOnlyList<DashboardSelfCheckedCase> SelfChecked,
    IReadOnlyList<InspectedCase> Inspected);
