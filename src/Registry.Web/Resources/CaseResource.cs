namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the case page's strings: <c>CaseResource.resx</c> (neutral, Simplified Chinese) and
/// <c>CaseResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;CaseResource&gt;</c>.
/// </summary>
public sealed class CaseResource
{
    private CaseResource()
    {
    }
}
