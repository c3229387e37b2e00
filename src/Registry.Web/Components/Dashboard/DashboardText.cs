using System.Globalization;
using Microsoft.Extensions.Localization;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Examination;
using Registry.Web.Components.Cases;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Components.Dashboard;

/// <summary>The dashboard's codes (reasons, channels, categories, types, figures) in the UI language, and its number formats.</summary>
internal sealed class DashboardText(IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> inspection, IBusinessTypeCatalogue catalogue)
{
    public string TypeName(string code) =>
        catalogue.TryFind(code, out var type) && type is not null ? (CaseText.IsChinese ? type.Name.Zh : type.Name.En) : code;

    public string ReturnName(string code) => Reason(ReasonCatalogue.ReturnReasons, code);

    public string RefusalName(string code) => Reason(ReasonCatalogue.RefusalGrounds, code);

    public string ChannelName(string code) => Localized(t, "Channel_" + code, code);

    public string CategoryName(string code) => Localized(inspection, "Category_" + code, code);

    public string MetricName(DashboardMetric metric) => t["Metric_" + metric];

    /// <summary>The detail column of a drill-down row, by the figure it belongs to.</summary>
    public string Detail(DashboardMetric metric, string? detail) => detail is null ? string.Empty : metric switch
    {
        DashboardMetric.Returned => ReturnName(detail),
        DashboardMetric.Refused => RefusalName(detail),
        DashboardMetric.Accepted or DashboardMetric.Mortgage => ChannelName(detail),
        DashboardMetric.SelfCheckFailed => Display.List(detail.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CategoryName)),
        DashboardMetric.SeizureRecorded => t["Hours", detail],
        DashboardMetric.Inspected or DashboardMetric.InspectionFailed => Localized(t, "Verdict_" + detail, detail),
        _ => detail,
    };

    public static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "—";

    public static string Percent(double? rate) => rate is { } r ? r.ToString("P1", CultureInfo.CurrentCulture) : "—";

    private string Reason(IReadOnlyList<CodedReason> list, string code) =>
        code.Length == 0 ? t["NoReason"] : ReasonCatalogue.Find(list, code) is { } r ? (CaseText.IsChinese ? r.Zh : r.En) : code;

    private static string Localized<TResource>(IStringLocalizer<TResource> localizer, string key, string fallback)
    {
        var text = localizer[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
