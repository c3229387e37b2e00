namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the quality inspection's (质检) UI strings: <c>InspectionResource.resx</c> (neutral, Simplified
/// Chinese) and <c>InspectionResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;InspectionResource&gt;</c>.
/// </summary>
public sealed class InspectionResource
{
    private InspectionResource()
    {
    }
}
