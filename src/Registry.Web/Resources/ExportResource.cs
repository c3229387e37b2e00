namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the Excel exports' sheet names and column headers: <c>ExportResource.resx</c> (neutral, Simplified
/// Chinese) and <c>ExportResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;ExportResource&gt;</c>.
/// </summary>
public sealed class ExportResource
{
    private ExportResource()
    {
    }
}
