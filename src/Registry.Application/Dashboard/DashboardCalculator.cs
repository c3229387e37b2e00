using System.Globalization;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Review;

namespace Registry.Application.Dashboard;

/// <summary>Turns the rows read for one filter into the figures, and lists the cases behind each figure.</summary>
internal sealed class DashboardCalculator(IBusinessTypeCatalogue catalogue, IWorkingDayCounter workingDays)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public DashboardReport Compute(DashboardFilter filter, DateTimeOffset now, DashboardSummary data)
    {
        // The calendar is applied once per (acceptance day, completion day) bucket, never per case.
        var finished = data.Finished.Select(b => (Bucket: b, Days: workingDays.Count(b.AcceptedDay, b.CompletedDay))).ToList();
        var enterprise = finished.Where(f => f.Bucket.Enterprise > 0 && IsTransfer(f.Bucket.BusinessType)).ToList();
        var enterpriseCount = enterprise.Sum(f => f.Bucket.Enterprise);
        var mortgages = data.Accepted.Where(a => IsMortgage(a.BusinessType)).ToList();
        var failed = data.SelfChecked.Where(s => s.FailedCategories.Count > 0).ToList();
        var acceptedByType = data.Accepted.GroupBy(a => a.BusinessType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Count), StringComparer.Ordinal);
        var finishedByType = finished.GroupBy(f => f.Bucket.BusinessType, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var finishedCount = finished.Sum(f => f.Bucket.Count);
        return new DashboardReport
        {
            Filter = filter,
            ComputedAt = now,
            Accepted = data.Accepted.Sum(a => a.Count),
            Finished = finishedCount,
            AverageWorkingDays = Average(finished),
            P90WorkingDays = Percentile(finished.Select(f => (f.Days, f.Bucket.Count)), 0.9),
            FinishedWithClock = finished.Sum(f => f.Bucket.WithClock),
            OnTime = finished.Sum(f => f.Bucket.OnTime),
            OverdueNow = data.OverdueNow,
            AutoApproved = finished.Sum(f => f.Bucket.AutoApproved),
            ReturnsByReason = Counts(data.Decisions.Where(d => !d.Refusal).Select(d => d.ReasonCode ?? string.Empty)),
            RefusalsByReason = Counts(data.Decisions.Where(d => d.Refusal).Select(d => d.ReasonCode ?? string.Empty)),
            EnterpriseTransfers = enterpriseCount,
            EnterpriseTransferAverageWorkingDays = enterpriseCount == 0 ? null : (double)enterprise.Sum(f => (long)f.Days * f.Bucket.Enterprise) / enterpriseCount,
            Mortgages = mortgages.Sum(m => m.Count),
            MortgagesByChannel = Counts(mortgages.GroupBy(m => m.Channel, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(m => m.Count)))),
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
                    return new DashboardTypeRow(t, acceptedByType.GetValueOrDefault(t), done.Sum(f => f.Bucket.Count),
                        Average(done), done.Sum(f => f.Bucket.OnTime), done.Sum(f => f.Bucket.WithClock));
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

    /// <summary>Nearest-rank percentile of values given with how often each occurs; null for no values.</summary>
    public static int? Percentile(IEnumerable<(int Value, int Count)> values, double p)
    {
        var histogram = values.Where(v => v.Count > 0).GroupBy(v => v.Value).Select(g => (Value: g.Key, Count: g.Sum(v => (long)v.Count))).OrderBy(v => v.Value).ToList();
        var total = histogram.Sum(v => v.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Clamp((long)Math.Ceiling(p * total), 1, total);
        var seen = 0L;
        foreach (var (value, count) in histogram)
        {
            seen += count;
            if (seen >= rank)
            {
                return value;
            }
        }

        return histogram[^1].Value;
    }

    private DashboardCaseLink Finished(DashboardFinishedCase f) => new(f.CaseNumber, f.BusinessType, f.CompletedAt, WorkingDays(f), null);

    private static DashboardCaseLink Inspected(InspectedCase i) => new(i.CaseNumber, i.BusinessType, i.FinishedAt, null, i.Verdict.ToString());

    private static bool IsOnTime(DashboardFinishedCase f) => f.CompletedAt <= f.DueAt;

    private bool IsEnterpriseTransfer(DashboardFinishedCase f) => f.HasEnterpriseParty && IsTransfer(f.BusinessType);

    private bool IsTransfer(string businessType) => catalogue.TryFind(businessType, out var t) && t is { Kind: "Transfer" };

    private static double? Average(IReadOnlyCollection<(DashboardFinishedBucket Bucket, int Days)> finished)
    {
        var count = finished.Sum(f => (long)f.Bucket.Count);
        return count == 0 ? null : (double)finished.Sum(f => (long)f.Days * f.Bucket.Count) / count;
    }

    private bool IsMortgage(string businessType) =>
        catalogue.TryFind(businessType, out var t) && t is { Category: "mortgage" };

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(China).DateTime);

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static List<DashboardCount> Counts(IEnumerable<string> keys) => Counts(keys.Select(k => (k, 1)));

    private static List<DashboardCount> Counts(IEnumerable<(string Key, int Count)> counts) =>
        [.. counts.GroupBy(k => k.Key, StringComparer.Ordinal).Select(g => new DashboardCount(g.Key, g.Sum(k => k.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static List<DashboardMonth> Months(DashboardFilter filter, DashboardSummary data)
    {
        var accepted = data.Accepted.GroupBy(a => Month(a.AcceptedDay), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.Count), StringComparer.Ordinal);
        var finished = data.Finished.GroupBy(f => Month(f.CompletedDay), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(f => f.Count), StringComparer.Ordinal);
        var months = new List<DashboardMonth>();
        for (var m = new DateOnly(filter.From.Year, filter.From.Month, 1); m <= filter.To; m = m.AddMonths(1))
        {
            var key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(new DashboardMonth(key, accepted.GetValueOrDefault(key), finished.GetValueOrDefault(key)));
        }

        return months;
    }
}
