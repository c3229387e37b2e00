using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Registry.Application.Catalogue;
using Registry.Application.Dashboard;
using Registry.Application.Security;
using Registry.Web.Components.Dashboard;
using Registry.Web.Resources;

namespace Registry.Web.Exports;

/// <summary>The cases behind one dashboard figure (a year's accepted cases of a county is ~120,000 rows).</summary>
/// <param name="Filter">The dashboard's period and type.</param>
/// <param name="Metric">The figure.</param>
/// <param name="Key">The breakdown's key (a reason, a channel…), or null.</param>
public sealed record DashboardCasesExportRequest(DashboardFilter Filter, DashboardMetric Metric, string? Key) : ExportRequest
{
    /// <summary>Who may open the dashboard.</summary>
    internal static readonly IReadOnlyList<string> DashboardRoles = [RegistryRoles.Leader, RegistryRoles.BusinessAdmin];

    internal override IReadOnlyList<string> Roles => DashboardRoles;

    internal override string FileName => $"dashboard-{Metric}-{Filter.From:yyyyMMdd}-{Filter.To:yyyyMMdd}.xlsx";

    internal override async Task WriteAsync(IServiceProvider services, ClaimsPrincipal user, StreamedWorkbook book, ExportJob job, CancellationToken cancellationToken)
    {
        var cases = await services.GetRequiredService<DashboardService>().CasesAsync(DashboardPage.Viewer(user), Filter, Metric, Key, cancellationToken).ConfigureAwait(false);
        job.SetTotal(cases.Count);
        var t = services.GetRequiredService<IStringLocalizer<DashboardResource>>();
        var text = new DashboardText(t, services.GetRequiredService<IStringLocalizer<InspectionResource>>(), services.GetRequiredService<IBusinessTypeCatalogue>());
        new DashboardWorkbook(services.GetRequiredService<IStringLocalizer<ExportResource>>(), t, text).Cases(book, Metric, cases, job.SetWritten, cancellationToken);
    }
}
