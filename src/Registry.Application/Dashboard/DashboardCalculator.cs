using System.Globalization;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Review;

namespace Registry.Application.Dashboard;

/// <summary>Turns the rows read for one filter into the figures, and lists the cases behind each figure.</summary>
internal sealed class DashboardCalculator(IBusinessTypeCatalogue catalogue, IWorkingDayCounter workingDays)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public DashboardReport Compute(DashboardFilter filter, DateTimeOffset now, DashboardData data)
    {
        var days = data.Finished.Select(WorkingDays).ToList();
        var withClock = data.Finished.Where(f => f.DueAt is not null).ToList();
        var enterprise = data.Finished.Where(IsEnterpriseTransfer).ToList();
        var mortgages = data.Accepted.Where(a => IsMortgage(a.BusinessType)).ToList();
        var failed = data.SelfChecked.Where(s => s.FailedCategories.Count > 0).ToList();
        var acceptedByType = data.Accepted.GroupBy(a => a.BusinessType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var finishedByType = data.Finished.GroupBy(f => f.BusinessType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new DashboardReport
        {
            Filter = filter,
            ComputedAt = now,
            Accepted = data.Accepted.Count,
            Finished = data.Finished.Count,
            AverageWorkingDays = days.Count == 0 ? null : days.Average(),
            P90WorkingDays = Percentile(days, 0.9),
            FinishedWithClock = withClock.Count,
            OnTime = withClock.Count(IsOnTime),
            OverdueNow = data.Overdue.Count,
            AutoApproved = data.Finished.Count(f => f.AutoApproved),
            ReturnsByReason = Counts(data.Decisions.Where(d => !d.Refusal).Select(d => d.ReasonCode ?? string.Empty)),
            RefusalsByReason = Counts(data.Decisions.Where(d => d.Refusal).Select(d => d.ReasonCode ?? string.Empty)),
            EnterpriseTransfers = enterprise.Count,
            EnterpriseTransferAverageWorkingDays = enterprise.Count == 0 ? null : enterprise.Average(WorkingDays),
            Mortgages = mortgages.Count,
            MortgagesByChannel = Counts(mortgages.Select(m => m.Channel)),
            SeizuresRecorded = data.Seizures.Count,
            SeizureAverageHours = data.Seizures.Count == 0 ? null : data.Seizures.Average(s => (s.RecordedAt - s.AcceptedAt).TotalHours),
            SelfChecked = data.SelfChecked.Count,
            SelfCheckFailed = failed.Count,
            SelfCheckFailuresByCategory = Counts(failed.SelectMany(f => f.FailedCategories.Distinct(StringComparer.Ordinal))),
            Inspected = data.Inspected.Count,
            InspectionPassed = data.Inspected.Count(i => i.Verdict == InspectionVerdictKind.Pass),
            ByBusinessType = [.. acceptedByType.Keys.Union(finishedByType.Keys, StringComparer.Ordinal)
                .Select(t =>
                {
                    var done = finishedByType.GetValueOrDefault(t) ?? [];
                    var clocked = done.Where(f => f.DueAt is not null).ToList();
                    return new DashboardTypeRow(t, acceptedByType.GetValueOrDefault(t), done.Count,
                        done.Count == 0 ? null : done.Average(WorkingDays), clocked.Count(IsOnTime), clocked.Count);
                })
                .OrderByDescending(r => r.Accepted + r.Finished).ThenBy(r => r.BusinessType, StringComparer.Ordinal)],
            ByMonth = Months(filter, data),
        };
    }

    /// <summary>The cases behind one figure, in case-number order.</summary>
    public IReadOnlyList<DashboardCaseLink> Cases(DashboardData data, DashboardMetric metric, string? key)
    {
        IEnumerable<DashboardCaseLink> links = metric switch
        {
            DashboardMetric.Accepted => data.Accepted.Select(a => new DashboardCaseLink(a.CaseNumber, a.BusinessType, a.AcceptedAt, null, a.Channel)),
            DashboardMetric.Finished => data.Finished.Select(Finished),
            DashboardMetric.OnTime => data.Finished.Where(f => f.DueAt is not null && IsOnTime(f)).Select(Finished),
            DashboardMetric.FinishedLate => data.Finished.Where(f => f.DueAt is not null && !IsOnTime(f)).Select(Finished),
            DashboardMetric.OverdueNow => data.Overdue.Select(o => new DashboardCaseLink(o.CaseNumber, o.BusinessType, o.DueAt, null, null)),
            DashboardMetric.AutoApproved => data.Finished.Where(f => f.AutoApproved).Select(Finished),
            DashboardMetric.Returned or DashboardMetric.Refused => data.Decisions
                .Where(d => d.Refusal == (metric == DashboardMetric.Refused) && (key is null || (d.ReasonCode ?? string.Empty) == key))
                .Select(d => new DashboardCaseLink(d.CaseNumber, d.BusinessType, d.At, null, d.ReasonCode)),
            DashboardMetric.EnterpriseTransfer => data.Finished.Where(IsEnterpriseTransfer).Select(Finished),
            DashboardMetric.Mortgage => data.Accepted.Where(a => IsMortgage(a.BusinessType) && (key is null || a.Channel == key))
                .Select(a => new DashboardCaseLink(a.CaseNumber, a.BusinessType, a.AcceptedAt, null, a.Channel)),
            DashboardMetric.SeizureRecorded => data.Seizures.Select(s => new DashboardCaseLink(s.CaseNumber, s.BusinessType, s.RecordedAt, null,
                (s.RecordedAt - s.AcceptedAt).TotalHours.ToString("0.0", CultureInfo.InvariantCulture))),
            DashboardMetric.SelfCheckFailed => data.SelfChecked
                .Where(s => key is null ? s.FailedCategories.Count > 0 : s.FailedCategories.Contains(key, StringComparer.Ordinal))
                .Select(s => new DashboardCaseLink(s.CaseNumber, s.BusinessType, default, null, string.Join(",", s.FailedCategories.Distinct(StringComparer.Ordinal)))),
            DashboardMetric.Inspected => data.Inspected.Select(Inspected),
            DashboardMetric.InspectionFailed => data.Inspected.Where(i => i.Verdict == InspectionVerdictKind.Fail).Select(Inspected),
            _ => [],
        };
        return [.. links.OrderBy(l => l.CaseNumber, StringComparer.Ordinal)];
    }

    /// <summary>The business types whose booking time is the seizure-recording indicator (查封, 轮候查封, 预查封).</summary>
    public IReadOnlyList<string> SeizureTypes(string? businessType) =>
        [.. catalogue.All.Where(t => t.Kind == "Seizure" && t.Code is not ("SeizureRelease" or "SeizureRenewal")
            && (businessType is null || t.Code == businessType)).Select(t => t.Code)];

    /// <summary>Working days from acceptance to completion (the day after acceptance to the completion day, China time).</summary>
    public int WorkingDays(DashboardFinishedCase f) => workingDays.Count(Day(f.AcceptedAt), Day(f.CompletedAt));

    /// <summary>Nearest-rank percentile; null for no values.</summary>
    public static int? Percentile(IReadOnlyList<int> values, double p)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    private DashboardCaseLink Finished(DashboardFinishedCase f) => new(f.CaseNumber, f.BusinessType, f.CompletedAt, WorkingDays(f), null);

    private static DashboardCaseLink Inspected(InspectedCase i) => new(i.CaseNumber, i.BusinessType, i.FinishedAt, null, i.Verdict.ToString());

    private static bool IsOnTime(DashboardFinishedCase f) => f.CompletedAt <= f.DueAt;

    private bool IsEnterpriseTransfer(DashboardFinishedCase f) =>
        f.HasEnterpriseParty && catalogue.TryFind(f.BusinessType, out var t) && t is { Kind: "Transfer" };

    private bool IsMortgage(string businessType) =>
        catalogue.TryFind(businessType, out var t) && t is { Category: "mortgage" };

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    private static string Month(DateTimeOffset at) => at.ToOffset(China).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<DashboardCount> Counts(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k, StringComparer.Ordinal).Select(g => new DashboardCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static List<DashboardMonth> Months(DashboardFilter filter, DashboardData data)
    {
        var accepted = data.Accepted.GroupBy(a => Month(a.AcceptedAt), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var finished = data.Finished.GroupBy(f => Month(f.CompletedAt), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var months = new List<DashboardMonth>();
        for (var m = new DateOnly(filter.From.Year, filter.From.Month, 1); m <= filter.To; m = m.AddMonths(1))
        {
            var key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(new DashboardMonth(key, accepted.GetValueOrDefault(key), finished.GetValueOrDefault(key)));
        }

        return months;
    }
}
