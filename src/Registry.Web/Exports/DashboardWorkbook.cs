using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Registry.Application.Dashboard;
using Registry.Web.Components.Dashboard;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>The dashboard's figures as a workbook (one sheet of indicators, one per breakdown), and the cases behind a figure.</summary>
internal sealed class DashboardWorkbook(IStringLocalizer<ExportResource> x, IStringLocalizer<DashboardResource> t, DashboardText text)
{
    private sealed record Figure(string Name, object? Value, string Unit, string? Format);

    public XLWorkbook Figures(DashboardReport r)
    {
        var book = new XLWorkbook();
        var cases = x["Unit_Cases"].Value;
        var days = x["Unit_Days"].Value;
        var rate = x["Unit_Rate"].Value;
        Figure[] figures =
        [
            new(x["Col_From"], r.Filter.From, string.Empty, null),
            new(x["Col_To"], r.Filter.To, string.Empty, null),
            new(x["Col_Type"], r.Filter.BusinessType is { } type ? text.TypeName(type) : t["AllTypes"].Value, string.Empty, null),
            new(t["Accepted"], r.Accepted, cases, null),
            new(t["Finished"], r.Finished, cases, null),
            new(t["AverageDays"], r.AverageWorkingDays, days, ExcelSheets.DecimalFormat),
            new("P90", r.P90WorkingDays, days, null),
            new(t["OnTimeRate"], r.OnTimeRate, rate, ExcelSheets.PercentFormat),
            new(t["OverdueNow"], r.OverdueNow, cases, null),
            new(t["AutoShare"], r.AutoApprovalShare, rate, ExcelSheets.PercentFormat),
            new(t["EnterpriseTransfer"], r.EnterpriseTransferAverageWorkingDays, days, ExcelSheets.DecimalFormat),
            new(t["BankShare"], r.BankOutletMortgageShare, rate, ExcelSheets.PercentFormat),
            new(t["SeizureTime"], r.SeizureAverageHours, x["Unit_Hours"], ExcelSheets.DecimalFormat),
            new(t["SelfCheckRate"], r.SelfCheckFailureRate, rate, ExcelSheets.PercentFormat),
            new(t["PassRate"], r.InspectionPassRate, rate, ExcelSheets.PercentFormat),
            new(x["Col_Target"], DashboardReport.PassRateTarget, rate, ExcelSheets.PercentFormat),
        ];
        var sheet = ExcelSheets.Add(book, x["Sheet_Figures"], [
            new ExcelColumn<Figure>(x["Col_Indicator"], 26, f => f.Name),
            new ExcelColumn<Figure>(x["Col_Value"], 22, f => f.Value),
            new ExcelColumn<Figure>(x["Col_Unit"], 12, f => f.Unit),
        ], []);
        for (var i = 0; i < figures.Length; i++)
        {
            sheet.Cell(i + 2, 1).SetValue(figures[i].Name);
            ExcelSheets.Write(sheet.Cell(i + 2, 2), figures[i].Value, figures[i].Format);
            sheet.Cell(i + 2, 3).SetValue(figures[i].Unit);
        }

        ExcelSheets.Add(book, x["Sheet_ByType"], [
            new ExcelColumn<DashboardTypeRow>(x["Col_Type"], 34, row => text.TypeName(row.BusinessType)),
            new ExcelColumn<DashboardTypeRow>(x["Col_TypeCode"], 30, row => row.BusinessType),
            new ExcelColumn<DashboardTypeRow>(x["Col_Accepted"], 10, row => row.Accepted),
            new ExcelColumn<DashboardTypeRow>(x["Col_Finished"], 10, row => row.Finished),
            new ExcelColumn<DashboardTypeRow>(x["Col_AverageDays"], 14, row => row.AverageWorkingDays, ExcelSheets.DecimalFormat),
            new ExcelColumn<DashboardTypeRow>(x["Col_WithClock"], 12, row => row.FinishedWithClock),
            new ExcelColumn<DashboardTypeRow>(x["Col_OnTime"], 12, row => row.OnTime),
            new ExcelColumn<DashboardTypeRow>(x["Col_OnTimeRate"], 12, row => row.OnTimeRate, ExcelSheets.PercentFormat),
        ], r.ByBusinessType);
        ExcelSheets.Add(book, x["Sheet_ByMonth"], [
            new ExcelColumn<DashboardMonth>(x["Col_Month"], 12, m => m.Month),
            new ExcelColumn<DashboardMonth>(x["Col_Accepted"], 10, m => m.Accepted),
            new ExcelColumn<DashboardMonth>(x["Col_Finished"], 10, m => m.Finished),
        ], r.ByMonth);
        Counts(book, x["Sheet_Returns"], x["Col_Reason"], r.ReturnsByReason, text.ReturnName);
        Counts(book, x["Sheet_Refusals"], x["Col_Reason"], r.RefusalsByReason, text.RefusalName);
        Counts(book, x["Sheet_Channels"], x["Col_Channel"], r.MortgagesByChannel, text.ChannelName);
        Counts(book, x["Sheet_SelfCheck"], x["Col_Category"], r.SelfCheckFailuresByCategory, text.CategoryName);
        return book;
    }

    /// <summary>
    /// The cases behind one figure, written row by row; the large export (a year's accepted cases of a county is ~120,000
    /// rows). Returns the rows written.
    /// </summary>
    public int Cases(StreamedWorkbook book, DashboardMetric metric, IReadOnlyList<DashboardCaseLink> cases, Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        return book.AddSheet(text.MetricName(metric), [
            new ExcelColumn<DashboardCaseLink>(x["Col_CaseNo"], 24, c => c.CaseNumber),
            new ExcelColumn<DashboardCaseLink>(x["Col_Type"], 34, c => text.TypeName(c.BusinessType)),
            new ExcelColumn<DashboardCaseLink>(x["Col_At"], 18, c => c.At == default ? null : (object)c.At),
            new ExcelColumn<DashboardCaseLink>(x["Col_WorkingDays"], 10, c => c.WorkingDays),
            new ExcelColumn<DashboardCaseLink>(x["Col_Detail"], 40, c => text.Detail(metric, c.Detail)),
        ], cases, written, cancellationToken);
    }

    private void Counts(XLWorkbook book, string sheet, string keyHeader, IReadOnlyList<DashboardCount> rows, Func<string, string> name) =>
        ExcelSheets.Add(book, sheet, [
            new ExcelColumn<DashboardCount>(keyHeader, 44, c => name(c.Key)),
            new ExcelColumn<DashboardCount>(x["Col_Code"], 22, c => c.Key),
            new ExcelColumn<DashboardCount>(x["Col_Count"], 10, c => c.Count),
        ], rows);
}
