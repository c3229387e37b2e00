namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the public progress page's strings: <c>ProgressResource.resx</c> (neutral, Simplified Chinese) and
/// <c>ProgressResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;ProgressResource&gt;</c>.
/// </summary>
public sealed class ProgressResource
{
    private ProgressResource()
    {
    }
}
