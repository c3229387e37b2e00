namespace Registry.Application.Dashboard;

/// <summary>
/// The office's indicators for one period (and business type). Rates are null where there is nothing to divide by; working
/// days run from the day after acceptance to the day of completion on the office's working-day calendar.
/// </summary>
public sealed record DashboardReport
{
    /// <summary>The share of inspected cases that must pass (合格率 ≥ 95%).</summary>
    public const double PassRateTarget = 0.95;

    /// <summary>The period and type shown.</summary>
    public required DashboardFilter Filter { get; init; }

    /// <summary>When the figures were computed (overdue is counted at this instant).</summary>
    public required DateTimeOffset ComputedAt { get; init; }

    /// <summary>受理量.</summary>
    public required int Accepted { get; init; }

    /// <summary>办结量.</summary>
    public required int Finished { get; init; }

    /// <summary>Average working days from acceptance to certificate (办结).</summary>
    public required double? AverageWorkingDays { get; init; }

    /// <summary>90th percentile (nearest rank) of the same.</summary>
    public required int? P90WorkingDays { get; init; }

    /// <summary>Completed cases that had a statutory clock.</summary>
    public required int FinishedWithClock { get; init; }

    /// <summary>Of those, completed by the due date.</summary>
    public required int OnTime { get; init; }

    /// <summary>按时办结率: <see cref="OnTime"/> / <see cref="FinishedWithClock"/>.</summary>
    public double? OnTimeRate => Rate(OnTime, FinishedWithClock);

    /// <summary>Open cases past their due date now.</summary>
    public required int OverdueNow { get; init; }

    /// <summary>Completed cases the automatic approval decided.</summary>
    public required int AutoApproved { get; init; }

    /// <summary>自动核准占比: <see cref="AutoApproved"/> / <see cref="Finished"/>.</summary>
    public double? AutoApprovalShare => Rate(AutoApproved, Finished);

    /// <summary>退回 by reason code (<c>""</c> when none was given), most first.</summary>
    public required IReadOnlyList<DashboardCount> ReturnsByReason { get; init; }

    /// <summary>不予登记 by ground code, most first.</summary>
    public required IReadOnlyList<DashboardCount> RefusalsByReason { get; init; }

    /// <summary>Completed transfers with an enterprise party.</summary>
    public required int EnterpriseTransfers { get; init; }

    /// <summary>Their average working days from acceptance to certificate.</summary>
    public required double? EnterpriseTransferAverageWorkingDays { get; init; }

    /// <summary>Mortgage registrations accepted.</summary>
    public required int Mortgages { get; init; }

    /// <summary>Mortgage registrations accepted, by channel (<c>Counter</c>, <c>Online</c>, <c>BankBranch</c>, <c>Entrusted</c>).</summary>
    public required IReadOnlyList<DashboardCount> MortgagesByChannel { get; init; }

    /// <summary>银行网点抵押占比: mortgages accepted at a bank outlet / all mortgages accepted.</summary>
    public double? BankOutletMortgageShare => Rate(MortgagesByChannel.Where(c => c.Key == BankOutletChannel).Sum(c => c.Count), Mortgages);

    /// <summary>Seizures (查封, 轮候查封, 预查封) booked.</summary>
    public required int SeizuresRecorded { get; init; }

    /// <summary>Their average hours from acceptance to booking.</summary>
    public required double? SeizureAverageHours { get; init; }

    /// <summary>Completed cases with a stored self-check result.</summary>
    public required int SelfChecked { get; init; }

    /// <summary>Of those, cases with at least one finding.</summary>
    public required int SelfCheckFailed { get; init; }

    /// <summary>自检不通过率.</summary>
    public double? SelfCheckFailureRate => Rate(SelfCheckFailed, SelfChecked);

    /// <summary>Failing cases per rule category (原则/内容/证书/年限/时效/上报), with the cases checked.</summary>
    public required IReadOnlyList<DashboardCount> SelfCheckFailuresByCategory { get; init; }

    /// <summary>Inspected cases (each once, by its latest verdict).</summary>
    public required int Inspected { get; init; }

    /// <summary>Of those, passed.</summary>
    public required int InspectionPassed { get; init; }

    /// <summary>抽查合格率, to set against <see cref="PassRateTarget"/>.</summary>
    public double? InspectionPassRate => Rate(InspectionPassed, Inspected);

    /// <summary>True when there were inspections and the pass rate is below the target.</summary>
    public bool BelowPassRateTarget => InspectionPassRate is { } r && r < PassRateTarget;

    /// <summary>Per business type, busiest first.</summary>
    public required IReadOnlyList<DashboardTypeRow> ByBusinessType { get; init; }

    /// <summary>Per month of the period (China time), oldest first.</summary>
    public required IReadOnlyList<DashboardMonth> ByMonth { get; init; }

    /// <summary>The channel value of a bank outlet (银行网点/延伸点).</summary>
    public const string BankOutletChannel = "BankBranch";

    /// <summary><paramref name="part"/> / <paramref name="whole"/>, null when the whole is 0.</summary>
    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>A count under a key (reason, channel, category).</summary>
/// <param name="Key">The key.</param>
/// <param name="Count">How many.</param>
public sealed record DashboardCount(string Key, int Count);

/// <summary>One business type's figures.</summary>
/// <param name="BusinessType">Type code.</param>
/// <param name="Accepted">Accepted.</param>
/// <param name="Finished">Completed.</param>
/// <param name="AverageWorkingDays">Average working days to certificate.</param>
/// <param name="OnTime">Completed on time.</param>
/// <param name="FinishedWithClock">Completed with a clock.</param>
public sealed record DashboardTypeRow(string BusinessType, int Accepted, int Finished, double? AverageWorkingDays, int OnTime, int FinishedWithClock)
{
    /// <summary>按时办结率.</summary>
    public double? OnTimeRate => DashboardReport.Rate(OnTime, FinishedWithClock);
}

/// <summary>One month's counts.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Accepted">Accepted.</param>
/// <param name="Finished">Completed.</param>
public sealed record DashboardMonth(string Month, int Accepted, int Finished);

/// <summary>A case behind a figure.</summary>
/// <param name="CaseNumber">Case number (links to the case page).</param>
/// <param name="BusinessType">Type code.</param>
/// <param name="At">The instant that put it under the figure (accepted, completed, due, returned…).</param>
/// <param name="WorkingDays">Working days from acceptance to certificate, for completed cases.</param>
/// <param name="Detail">Reason, channel or category, when the figure has one.</param>
public sealed record DashboardCaseLink(string CaseNumber, string BusinessType, DateTimeOffset At, int? WorkingDays, string? Detail);
