using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Application.Security;

namespace Registry.Application.Dashboard;

/// <summary>
/// 指标看板: the office's indicators for a period and business type, and the cases behind each figure. Counted from the
/// data on every call (indexed range reads), so a figure and its drill-down list always agree. Leaders and business
/// admins only.
/// </summary>
public sealed class DashboardService
{
    /// <summary>The longest period one dashboard covers (a year and a day, so a leap year's full year fits).</summary>
    public const int MaxDays = 367;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly IDashboardQueries _queries;
    private readonly IInspectionStore _inspections;
    private readonly IBusinessTypeCatalogue _catalogue;
    private readonly TimeProvider _time;
    private readonly DashboardCalculator _calculator;

    /// <summary>Creates the service over its ports.</summary>
    public DashboardService(IDashboardQueries queries, IInspectionStore inspections, IBusinessTypeCatalogue catalogue, IWorkingDayCounter workingDays, TimeProvider time)
    {
        _queries = queries;
        _inspections = inspections;
        _catalogue = catalogue;
        _time = time;
        _calculator = new DashboardCalculator(catalogue, workingDays);
    }

    /// <summary>Roles that may see the dashboard.</summary>
    public static IReadOnlyList<string> ViewerRoles { get; } = [RegistryRoles.Leader, RegistryRoles.BusinessAdmin];

    /// <summary>The figures for <paramref name="filter"/>.</summary>
    /// <exception cref="DashboardNotAllowedException">The viewer is neither a leader nor a business admin.</exception>
    /// <exception cref="ArgumentException">The period is reversed, longer than <see cref="MaxDays"/>, or the type is unknown.</exception>
    public async Task<DashboardReport> ReportAsync(DashboardViewer viewer, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        filter = Check(viewer, filter);
        var now = _time.GetUtcNow();
        var data = await SummariseAsync(filter, now, cancellationToken);
        return _calculator.Compute(filter, now, data);
    }

    /// <summary>The cases behind one figure of <paramref name="filter"/>'s dashboard (<paramref name="key"/>: a reason, channel or category).</summary>
    public async Task<IReadOnlyList<DashboardCaseLink>> CasesAsync(DashboardViewer viewer, DashboardFilter filter, DashboardMetric metric, string? key = null, CancellationToken cancellationToken = default)
    {
        filter = Check(viewer, filter);
        var data = await ReadAsync(filter, _time.GetUtcNow(), cancellationToken);
        return _calculator.Cases(data, metric, key);
    }

    /// <summary>True when one of <paramref name="roles"/> may see the dashboard.</summary>
    public static bool MayView(IEnumerable<string> roles) => roles.Any(r => ViewerRoles.Contains(r, StringComparer.Ordinal));

    private DashboardFilter Check(DashboardViewer viewer, DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filter);
        if (!MayView(viewer.Roles))
        {
            throw new DashboardNotAllowedException($"{viewer.UserName} 不是领导或业务管理员，不能查看指标看板。");
        }

        if (filter.To < filter.From)
        {
            throw new ArgumentException($"截止日期 {filter.To:yyyy-MM-dd} 早于起始日期 {filter.From:yyyy-MM-dd}", nameof(filter));
        }

        if (filter.To.DayNumber - filter.From.DayNumber >= MaxDays)
        {
            throw new ArgumentException($"统计期间最长 {MaxDays} 天", nameof(filter));
        }

        var type = string.IsNullOrWhiteSpace(filter.BusinessType) ? null : filter.BusinessType.Trim();
        if (type is not null && !_catalogue.TryFind(type, out _))
        {
            throw new ArgumentException($"业务类型 {type} 不在目录中", nameof(filter));
        }

        return filter with { BusinessType = type };
    }

    // The high-volume figures (accepted, finished, overdue) are grouped and counted by the database; returns, seizures,
    // self-checks and inspections are few enough to read as rows.
    private async Task<DashboardSummary> SummariseAsync(DashboardFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = Start(filter.From);
        var to = Start(filter.To.AddDays(1));
        var type = filter.BusinessType;
        var accepted = await _queries.CountAcceptedAsync(from, to, type, cancellationToken);
        var finished = await _queries.CountFinishedAsync(from, to, type, cancellationToken);
        var overdue = await _queries.CountOverdueAsync(now, type, cancellationToken);
        var decisions = await _queries.ListReturnsAndRefusalsAsync(from, to, type, cancellationToken);
        var seizureTypes = _calculator.SeizureTypes(type);
        var seizures = seizureTypes.Count == 0 ? [] : await _queries.ListRecordedAsync(from, to, seizureTypes, cancellationToken);
        var selfChecked = await _queries.ListSelfCheckedAsync(from, to, type, cancellationToken);
        var inspected = await _inspections.ListInspectedAsync(from, to, cancellationToken);
        return new DashboardSummary(accepted, finished, overdue, decisions, seizures, selfChecked,
            [.. inspected.Where(i => type is null || i.BusinessType == type)]);
    }

    private async Task<DashboardData> ReadAsync(DashboardFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = Start(filter.From);
        var to = Start(filter.To.AddDays(1));
        var type = filter.BusinessType;
        var accepted = await _queries.ListAcceptedAsync(from, to, type, cancellationToken);
        var finished = await _queries.ListFinishedAsync(from, to, type, cancellationToken);
        var overdue = await _queries.ListOverdueAsync(now, type, cancellationToken);
        var decisions = await _queries.ListReturnsAndRefusalsAsync(from, to, type, cancellationToken);
        var seizureTypes = _calculator.SeizureTypes(type);
        var seizures = seizureTypes.Count == 0 ? [] : await _queries.ListRecordedAsync(from, to, seizureTypes, cancellationToken);
        var selfChecked = await _queries.ListSelfCheckedAsync(from, to, type, cancellationToken);
        var inspected = await _inspections.ListInspectedAsync(from, to, cancellationToken);
        return new DashboardData(accepted, finished, overdue, decisions, seizures, selfChecked,
            [.. inspected.Where(i => type is null || i.BusinessType == type)]);
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), China);
}
