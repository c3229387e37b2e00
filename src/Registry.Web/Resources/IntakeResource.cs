namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the acceptance window's strings: <c>IntakeResource.resx</c> (neutral, Simplified Chinese) and
/// <c>IntakeResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;IntakeResource&gt;</c>.
/// </summary>
public sealed class IntakeResource
{
    private IntakeResource()
    {
    }
}
