using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Dashboard;

/// <summary>Reads the filter from the address, asks <see cref="DashboardService"/> for the figures and shapes the charts.</summary>
public sealed partial class DashboardPage
{
    private DashboardFilter _filter = new(default, default);
    private DateTime? _from;
    private DateTime? _to;
    private string _type = string.Empty;
    private DashboardReport? _report;
    private string? _error;
    private List<ChartSeries<double>> _monthSeries = [];
    private string[] _monthLabels = [];
    private List<ChartSeries<double>> _channelSeries = [];
    private string[] _channelLabels = [];
    private List<ChartSeries<double>> _categorySeries = [];
    private string[] _categoryLabels = [];
    private DashboardText _text = default!;

    [Inject]
    private DashboardService Dashboard { get; set; } = default!;

    [Inject]
    private IBusinessTypeCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    private string ExportHref => "export/dashboard.xlsx?" + DashboardLinks.Query(_filter);

    protected override async Task OnParametersSetAsync()
    {
        _text = new DashboardText(T, I, Catalogue);
        _filter = DashboardLinks.Parse(From, To, Type, Display.ChinaDay(Time.GetUtcNow()));
        _from = _filter.From.ToDateTime(TimeOnly.MinValue);
        _to = _filter.To.ToDateTime(TimeOnly.MinValue);
        _type = _filter.BusinessType ?? string.Empty;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            var user = (await AuthenticationState).User;
            _report = await Dashboard.ReportAsync(Viewer(user), _filter);
            Shape(_report);
        }
        catch (DashboardNotAllowedException)
        {
            _report = null;
            _error = T["Error_NotAllowed"];
        }
        catch (ArgumentException)
        {
            _report = null;
            _error = T["Error_Period"];
        }
    }

    internal static DashboardViewer Viewer(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? string.Empty, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);

    private Task RunAsync()
    {
        if (_from is null || _to is null)
        {
            _error = T["Error_Period"];
            return Task.CompletedTask;
        }

        var filter = new DashboardFilter(DateOnly.FromDateTime(_from.Value), DateOnly.FromDateTime(_to.Value), _type.Length == 0 ? null : _type);
        Navigation.NavigateTo(DashboardLinks.Of(filter));
        return Task.CompletedTask;
    }

    private Task ThisMonthAsync()
    {
        var today = Display.ChinaDay(Time.GetUtcNow());
        return SetAsync(new DateOnly(today.Year, today.Month, 1), today);
    }

    private Task ThisQuarterAsync()
    {
        var today = Display.ChinaDay(Time.GetUtcNow());
        return SetAsync(new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1), today);
    }

    private Task ThisYearAsync()
    {
        var today = Display.ChinaDay(Time.GetUtcNow());
        return SetAsync(new DateOnly(today.Year, 1, 1), today);
    }

    private Task SetAsync(DateOnly from, DateOnly to)
    {
        _from = from.ToDateTime(TimeOnly.MinValue);
        _to = to.ToDateTime(TimeOnly.MinValue);
        return RunAsync();
    }

    private void Shape(DashboardReport r)
    {
        _monthLabels = [.. r.ByMonth.Select(m => m.Month)];
        _monthSeries =
        [
            new ChartSeries<double> { Name = T["Accepted"], Data = new ChartData<double>(r.ByMonth.Select(m => (double)m.Accepted).ToArray()) },
            new ChartSeries<double> { Name = T["Finished"], Data = new ChartData<double>(r.ByMonth.Select(m => (double)m.Finished).ToArray()) },
        ];
        _channelLabels = [.. r.MortgagesByChannel.Select(c => _text.ChannelName(c.Key))];
        _channelSeries = [new ChartSeries<double> { Name = T["MortgageByChannel"], Data = new ChartData<double>(r.MortgagesByChannel.Select(c => (double)c.Count).ToArray()) }];
        _categoryLabels = [.. r.SelfCheckFailuresByCategory.Select(c => _text.CategoryName(c.Key))];
        _categorySeries = [new ChartSeries<double> { Name = T["SelfCheckByCategory"], Data = new ChartData<double>(r.SelfCheckFailuresByCategory.Select(c => (double)c.Count).ToArray()) }];
    }

    private string Drill(DashboardMetric metric, string? key = null) => DashboardLinks.Cases(_filter, metric, key);

    private string TypeName(string code) => _text.TypeName(code);

    private string ChannelName(string code) => _text.ChannelName(code);

    private string ReturnName(string code) => _text.ReturnName(code);

    private string RefusalName(string code) => _text.RefusalName(code);

    private string CategoryName(string code) => _text.CategoryName(code);

    private static string Count(int n) => DashboardText.Count(n);

    private static string Number(double? value) => DashboardText.Number(value);

    private static string Percent(double? rate) => DashboardText.Percent(rate);

    private string Days(double? value) => value is null ? "—" : T["AverageDaysValue", Number(value)];

    private string Hours(double? value) => value is null ? "—" : T["SeizureValue", Number(value)];

    private static int BankCount(DashboardReport r) => r.MortgagesByChannel.Where(c => c.Key == DashboardReport.BankOutletChannel).Sum(c => c.Count);

    private string PassRateDetail(DashboardReport r) =>
        T["PassRateDetail", r.InspectionPassed, r.Inspected] + (r.Inspected == 0 ? string.Empty : " · " + (r.BelowPassRateTarget ? T["BelowTarget"] : T["MeetsTarget"]));
}
