using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Registry.Application.Worklist;
using Registry.Web.Components.Worklist;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>A worklist tab (with its type filter and search) as the person sees it, up to <see cref="WorklistExport.MaxRows"/> rows.</summary>
/// <param name="View">The tab.</param>
/// <param name="BusinessType">The type filter, or null.</param>
/// <param name="Search">The search text, or null.</param>
public sealed record WorklistExportRequest(WorklistView View, string? BusinessType, string? Search) : ExportRequest
{
    internal override IReadOnlyList<string> Roles => WorklistBoard.WorklistRoles.Split(',');

    internal override int? MaxRows => WorklistExport.MaxRows;

    internal override string FileName => $"worklist-{View}.xlsx";

    internal override async Task WriteAsync(IServiceProvider services, ClaimsPrincipal user, StreamedWorkbook book, ExportJob job, CancellationToken cancellationToken)
    {
        var export = services.GetRequiredService<WorklistExport>();
        var query = new WorklistQuery(View, Search, BusinessType);
        var name = user.Identity?.Name ?? string.Empty;
        string[] roles = [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
        job.SetTotal(await export.CountAsync(query, name, roles, cancellationToken).ConfigureAwait(false));
        await WorklistWorkbook.WriteAsync(book, services.GetRequiredService<IStringLocalizer<ExportResource>>(), export.ReadAsync(query, name, roles, cancellationToken), job.SetWritten, cancellationToken).ConfigureAwait(false);
    }
}
