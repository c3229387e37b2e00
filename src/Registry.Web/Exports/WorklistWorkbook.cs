using Microsoft.Extensions.Localization;
using Registry.Application.Worklist;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>A worklist view (my tasks, group, done, overdue) as a sheet, written row by row as the rows are read.</summary>
internal static class WorklistWorkbook
{
    public static Task<int> WriteAsync(StreamedWorkbook book, IStringLocalizer<ExportResource> x, IAsyncEnumerable<WorklistItem> items, Action<int>? written = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        return book.AddSheetAsync(x["Sheet_Worklist"], Columns(x), items, written, cancellationToken);
    }

    public static IReadOnlyList<ExcelColumn<WorklistItem>> Columns(IStringLocalizer<ExportResource> x) =>
    [
        new(x["Col_CaseNo"], 24, w => w.CaseNumber),
        new(x["Col_Type"], 32, w => w.BusinessTypeName),
        new(x["Col_Step"], 14, w => w.Step),
        new(x["Col_Assignee"], 12, w => w.Assignee),
        new(x["Col_WaitingSince"], 18, w => w.WaitingSince),
        new(x["Col_DueAt"], 18, w => w.DueAt),
        new(x["Col_Remaining"], 12, w => w.RemainingWorkingDays),
        new(x["Col_Units"], 36, w => Display.List(w.Units)),
        // The sheet is in the language of the page that asked (ExportJobs runs it in that UI culture), headers and lists alike.
        new(x["Col_Parties"], 30, w => Display.List(w.Parties)),
    ];
}
