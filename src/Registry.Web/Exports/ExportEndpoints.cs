using System.Globalization;
using System.Security.Claims;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Inspection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Web.Components.Dashboard;
using Registry.Web.Components.Inspection;
using Registry.Web.Components.Worklist;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>
/// Excel downloads, one per table a manager sends on, each checked against the roles of the page it mirrors (and again by
/// the use case behind it). The workbook is written to a temporary file and streamed from there, so a large export
/// never sits in the response buffer. The large tables (worklist, a figure's cases, self-check results) are written row by
/// row (<see cref="StreamedWorkbook"/>); their pages run them as background jobs with a progress bar (<see cref="ExportJobs"/>).
/// </summary>
public static class ExportEndpoints
{
    private const string DashboardRoles = RegistryRoles.Leader + "," + RegistryRoles.BusinessAdmin;

    /// <summary>Maps <c>/export/…</c>.</summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/export").RequireAuthorization();
        group.MapGet("/dashboard.xlsx", DashboardAsync).RequireAuthorization(p => p.RequireRole(DashboardRoles.Split(',')));
        group.MapGet("/dashboard-cases.xlsx", DashboardCasesAsync).RequireAuthorization(p => p.RequireRole(DashboardRoles.Split(',')));
        group.MapGet("/worklist.xlsx", WorklistAsync).RequireAuthorization(p => p.RequireRole(WorklistBoard.WorklistRoles.Split(',')));
        group.MapGet("/inspection/report.xlsx", PassRatesAsync).RequireAuthorization(p => p.RequireRole(RegistryRoles.QualityInspector));
        group.MapGet("/inspection/samples/{sampleId:guid}.xlsx", SampleAsync).RequireAuthorization(p => p.RequireRole(RegistryRoles.QualityInspector));
        group.MapGet("/inspection/samples/{sampleId:guid}.pdf", SamplePdfAsync).RequireAuthorization(p => p.RequireRole(RegistryRoles.QualityInspector));
        group.MapGet("/inspection/self-check/{runId:guid}.xlsx", SelfCheckAsync).RequireAuthorization(p => p.RequireRole(RegistryRoles.QualityInspector));
        // A background export's file (the pages' progress bars): its owner only, while it is kept.
        group.MapGet("/jobs/{id:guid}", Job);
        return endpoints;
    }

    private static async Task<IResult> DashboardAsync(HttpContext context, DashboardService dashboard, TimeProvider time, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, string? from, string? to, string? type)
    {
        var filter = DashboardLinks.Parse(from, to, type, Display.ChinaDay(time.GetUtcNow()));
        var report = await dashboard.ReportAsync(DashboardPage.Viewer(context.User), filter, context.RequestAborted);
        using var book = new DashboardWorkbook(x, t, new DashboardText(t, i, catalogue)).Figures(report);
        return await SavedAsync(book, $"dashboard-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.xlsx");
    }

    private static async Task<IResult> DashboardCasesAsync(HttpContext context, DashboardService dashboard, TimeProvider time, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, string? from, string? to, string? type, string? metric, string? key)
    {
        var filter = DashboardLinks.Parse(from, to, type, Display.ChinaDay(time.GetUtcNow()));
        if (!Enum.TryParse<DashboardMetric>(metric, out var m) || !Enum.IsDefined(m))
        {
            return Results.BadRequest();
        }

        var cases = await dashboard.CasesAsync(DashboardPage.Viewer(context.User), filter, m, string.IsNullOrEmpty(key) ? null : key, context.RequestAborted);
        var workbook = new DashboardWorkbook(x, t, new DashboardText(t, i, catalogue));
        return await StreamedAsync(book => Task.FromResult(workbook.Cases(book, m, cases, cancellationToken: context.RequestAborted)), $"dashboard-{m}-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.xlsx");
    }

    private static async Task<IResult> WorklistAsync(HttpContext context, WorklistExport export, IStringLocalizer<ExportResource> x, string? view, string? type, string? search)
    {
        var v = Enum.TryParse<WorklistView>(view, out var parsed) && Enum.IsDefined(parsed) ? parsed : WorklistView.Mine;
        var rows = export.ReadAsync(new WorklistQuery(v, search, string.IsNullOrEmpty(type) ? null : type), context.User.Identity?.Name ?? string.Empty, Roles(context.User), context.RequestAborted);
        return await StreamedAsync(book => WorklistWorkbook.WriteAsync(book, x, rows, cancellationToken: context.RequestAborted), $"worklist-{v}.xlsx");
    }

    private static async Task<IResult> PassRatesAsync(HttpContext context, InspectionService inspection, TimeProvider time, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, string? from, string? to)
    {
        var filter = DashboardLinks.Parse(from, to, null, Display.ChinaDay(time.GetUtcNow()));
        var report = await inspection.ReportAsync(InspectionActors.From(context.User), filter.From, filter.To, context.RequestAborted);
        using var book = new InspectionWorkbooks(x, i, new DashboardText(t, i, catalogue)).PassRates(report);
        return await SavedAsync(book, $"pass-rate-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.xlsx");
    }

    private static async Task<IResult> SampleAsync(HttpContext context, InspectionService inspection, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, Guid sampleId)
    {
        var view = await inspection.FindSampleAsync(InspectionActors.From(context.User), sampleId, context.RequestAborted);
        if (view is null)
        {
            return Results.NotFound();
        }

        using var book = new InspectionWorkbooks(x, i, new DashboardText(t, i, catalogue)).SampleSheet(view);
        return await SavedAsync(book, $"inspection-sample-{view.Sample.DrawnAt.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{view.Sample.Seed.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    private static async Task<IResult> SamplePdfAsync(HttpContext context, InspectionService inspection, Documents.CaseDocumentPdfs pdfs, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, Guid sampleId)
    {
        var view = await inspection.FindSampleAsync(InspectionActors.From(context.User), sampleId, context.RequestAborted);
        if (view is null)
        {
            return Results.NotFound();
        }

        var text = new DashboardText(t, i, catalogue);
        return Results.File(pdfs.InspectionSheet(view, x, i, text.TypeName), Documents.CaseDocumentPdfs.ContentType,
            $"inspection-sample-{view.Sample.DrawnAt.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{view.Sample.Seed.ToString(CultureInfo.InvariantCulture)}.pdf");
    }

    private static async Task<IResult> SelfCheckAsync(HttpContext context, SelfCheckRunService runs, IStringLocalizer<ExportResource> x,
        IStringLocalizer<DashboardResource> t, IStringLocalizer<InspectionResource> i, IBusinessTypeCatalogue catalogue, Guid runId)
    {
        var results = await runs.ResultsAsync(InspectionActors.From(context.User), runId, context.RequestAborted);
        if (results is null)
        {
            return Results.NotFound();
        }

        var workbooks = new InspectionWorkbooks(x, i, new DashboardText(t, i, catalogue));
        return await StreamedAsync(book => { workbooks.SelfCheck(book, results, context.RequestAborted); return Task.CompletedTask; }, $"self-check-{runId:N}.xlsx");
    }

    private static IResult Job(HttpContext context, ExportJobs jobs, Guid id)
    {
        if (jobs.Find(id, context.User.Identity?.Name) is not { Status: ExportJobStatus.Done, Path: { } path } job)
        {
            return Results.NotFound();
        }

        try
        {
            // FileShare.Delete: the job may expire (its file deleted) while the download is still being sent.
            return Results.File(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous), ExcelSheets.ContentType, job.FileName);
        }
        catch (FileNotFoundException)
        {
            return Results.NotFound();
        }
    }

    private static string[] Roles(ClaimsPrincipal user) => [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];

    /// <summary>Saves the workbook to a temporary file (deleted when the response is done) and streams it.</summary>
    private static Task<IResult> SavedAsync(XLWorkbook book, string fileName) =>
        Send(stream => { book.SaveAs(stream); return Task.CompletedTask; }, fileName);

    /// <summary>Writes a streamed workbook to a temporary file (deleted when the response is done) and streams it.</summary>
    private static Task<IResult> StreamedAsync(Func<StreamedWorkbook, Task> write, string fileName) =>
        Send(async stream =>
        {
            using var book = new StreamedWorkbook(stream);
            await write(book);
            book.Complete();
        }, fileName);

    private static async Task<IResult> Send(Func<Stream, Task> write, string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), $"registry-export-{Guid.NewGuid():N}.xlsx");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await write(stream);
            stream.Position = 0;
            return Results.File(stream, ExcelSheets.ContentType, fileName);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
