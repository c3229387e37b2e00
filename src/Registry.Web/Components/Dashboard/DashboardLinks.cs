using System.Globalization;
using Registry.Application.Dashboard;

namespace Registry.Web.Components.Dashboard;

/// <summary>Addresses of the dashboard, its drill-down lists and its export, carrying the filter in the query string.</summary>
internal static class DashboardLinks
{
    public const string Page = "dashboard";

    public const string CasesPage = "dashboard/cases";

    public static string Of(DashboardFilter filter) => $"{Page}?{Query(filter)}";

    public static string Cases(DashboardFilter filter, DashboardMetric metric, string? key = null) =>
        $"{CasesPage}?{Query(filter)}&metric={metric}" + (key is null ? string.Empty : $"&key={Uri.EscapeDataString(key)}");

    public static string Query(DashboardFilter filter) =>
        string.Create(CultureInfo.InvariantCulture, $"from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}")
        + (string.IsNullOrEmpty(filter.BusinessType) ? string.Empty : $"&type={Uri.EscapeDataString(filter.BusinessType)}");

    /// <summary>Reads a filter from query values; missing or unreadable dates fall back to this year so far.</summary>
    public static DashboardFilter Parse(string? from, string? to, string? type, DateOnly today)
    {
        var start = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : new DateOnly(today.Year, 1, 1);
        var end = DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today;
        return new DashboardFilter(start, end, string.IsNullOrWhiteSpace(type) ? null : type);
    }
}
