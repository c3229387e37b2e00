namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the indicators dashboard (指标看板) UI strings: <c>DashboardResource.resx</c> (neutral, Simplified
/// Chinese) and <c>DashboardResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;DashboardResource&gt;</c>.
/// </summary>
public sealed class DashboardResource
{
    private DashboardResource()
    {
    }
}
