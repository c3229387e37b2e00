using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Registry.Application.Inspection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Web.Components.Dashboard;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>
/// Quality inspection's workbooks: the pass-rate report and a sample's inspection sheet (small: ClosedXML), and a self-check
/// run's results (every failing case and rule: streamed).
/// </summary>
internal sealed class InspectionWorkbooks(IStringLocalizer<ExportResource> x, IStringLocalizer<InspectionResource> i, DashboardText text)
{
    public XLWorkbook PassRates(PassRateReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var book = new XLWorkbook();
        PassRateSheet(book, x["Sheet_Total"], [report.Total with { Key = x["Sheet_Total"] }]);
        PassRateSheet(book, x["Sheet_ByMonth"], report.ByPeriod);
        PassRateSheet(book, x["Sheet_ByType"], [.. report.ByBusinessType.Select(r => r with { Key = text.TypeName(r.Key) })]);
        PassRateSheet(book, x["Col_Examiner"], report.ByExaminer);
        return book;
    }

    public XLWorkbook SampleSheet(InspectionSampleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var book = new XLWorkbook();
        var items = Enum.GetValues<InspectionItem>();
        var columns = new List<ExcelColumn<SampledCase>>
        {
            new(x["Col_CaseNo"], 24, c => c.CaseNumber),
            new(x["Col_Type"], 32, c => text.TypeName(c.BusinessType)),
            new(x["Col_FinishedAt"], 18, c => c.FinishedAt),
            new(x["Col_Examiner"], 14, c => c.ResponsibleExaminer),
            new(x["Col_Verdict"], 10, c => Latest(view, c) is { } v ? i["Verdict_" + v.Verdict].Value : x["Pending"].Value),
            new(x["Col_Revision"], 10, c => Latest(view, c)?.Revision),
        };
        foreach (var item in items)
        {
            columns.Add(new(i["Item_" + item], 16, c => Latest(view, c)?.Items.FirstOrDefault(r => r.Item == item) is { } r
                ? (r.Passed ? i["Item_Pass"].Value : i["Item_Fail"].Value) + (string.IsNullOrEmpty(r.Note) ? string.Empty : "：" + r.Note)
                : null));
        }

        columns.Add(new(x["Col_Inspector"], 12, c => Latest(view, c)?.InspectorName));
        columns.Add(new(x["Col_InspectedAt"], 18, c => Latest(view, c)?.At));
        columns.Add(new(x["Col_Remark"], 30, c => Latest(view, c)?.Remark));
        ExcelSheets.Add(book, x["Sheet_Sample"], columns, view.Sample.Cases);
        return book;
    }

    /// <summary>A self-check run's results, written row by row: the categories, then every failing case and rule.</summary>
    public void SelfCheck(StreamedWorkbook book, SelfCheckRunResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(results);
        book.AddSheet(x["Sheet_SelfCheck"], [
            new ExcelColumn<SelfCheckCategoryResult>(x["Col_Category"], 14, c => text.CategoryName(c.Category)),
            new ExcelColumn<SelfCheckCategoryResult>(x["Col_Cases"], 12, c => c.Cases),
            new ExcelColumn<SelfCheckCategoryResult>(x["Col_Findings"], 10, c => c.Findings),
            new ExcelColumn<SelfCheckCategoryResult>(x["Col_PassRate"], 10, c => c.PassRate, ExcelSheets.PercentFormat),
        ], results.Categories, cancellationToken: cancellationToken);
        var rows = results.FailingCases.SelectMany(c => c.Findings.Select(f => (Case: c, Finding: f)));
        book.AddSheet(x["Sheet_Failing"], [
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_CaseNo"], 24, r => r.Case.CaseNumber),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_Type"], 32, r => text.TypeName(r.Case.BusinessType)),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_FinishedAt"], 18, r => r.Case.FinishedAt),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_Category"], 10, r => text.CategoryName(r.Finding.Category)),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_RuleCode"], 26, r => r.Finding.RuleCode),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_RuleName"], 30, r => r.Finding.NameZh),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_Reference"], 30, r => r.Finding.Reference),
            new ExcelColumn<(SelfCheckCaseResult Case, SelfCheckStoredFinding Finding)>(x["Col_Message"], 60,
                r => Components.Cases.CaseText.IsChinese ? r.Finding.MessageZh : r.Finding.MessageEn ?? r.Finding.MessageZh),
        ], rows, cancellationToken: cancellationToken);
    }

    private static InspectionVerdict? Latest(InspectionSampleView view, SampledCase c) => view.Latest.GetValueOrDefault(c.CaseNumber);

    private void PassRateSheet(XLWorkbook book, string name, IReadOnlyList<PassRateRow> rows) =>
        ExcelSheets.Add(book, name, [
            new ExcelColumn<PassRateRow>(x["Col_Group"], 32, r => r.Key),
            new ExcelColumn<PassRateRow>(x["Col_Inspected"], 10, r => r.Inspected),
            new ExcelColumn<PassRateRow>(x["Col_Passed"], 10, r => r.Passed),
            new ExcelColumn<PassRateRow>(x["Col_PassRate"], 10, r => r.Inspected == 0 ? null : (double)r.Passed / r.Inspected, ExcelSheets.PercentFormat),
            new ExcelColumn<PassRateRow>(x["Col_Target"], 10, _ => Application.Dashboard.DashboardReport.PassRateTarget, ExcelSheets.PercentFormat),
            new ExcelColumn<PassRateRow>(x["Col_MeetsTarget"], 10, r => r.Inspected == 0 ? null : (double)r.Passed / r.Inspected >= Application.Dashboard.DashboardReport.PassRateTarget ? x["Yes"].Value : x["No"].Value),
        ], rows);
}
