using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Registry.Application.Worklist;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>A worklist view (my tasks, group, done, overdue) as a sheet.</summary>
internal sealed class WorklistWorkbook(IStringLocalizer<ExportResource> x)
{
    public XLWorkbook Build(IEnumerable<WorklistItem> items)
    {
        var book = new XLWorkbook();
        ExcelSheets.Add(book, x["Sheet_Worklist"], [
            new ExcelColumn<WorklistItem>(x["Col_CaseNo"], 24, w => w.CaseNumber),
            new ExcelColumn<WorklistItem>(x["Col_Type"], 32, w => w.BusinessTypeName),
            new ExcelColumn<WorklistItem>(x["Col_Step"], 14, w => w.Step),
            new ExcelColumn<WorklistItem>(x["Col_Assignee"], 12, w => w.Assignee),
            new ExcelColumn<WorklistItem>(x["Col_WaitingSince"], 18, w => w.WaitingSince),
            new ExcelColumn<WorklistItem>(x["Col_DueAt"], 18, w => w.DueAt),
            new ExcelColumn<WorklistItem>(x["Col_Remaining"], 12, w => w.RemainingWorkingDays),
            new ExcelColumn<WorklistItem>(x["Col_Units"], 36, w => w.Units),
            new ExcelColumn<WorklistItem>(x["Col_Parties"], 30, w => w.Parties),
        ], items);
        return book;
    }
}
