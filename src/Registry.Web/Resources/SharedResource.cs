namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the shared UI strings: <c>SharedResource.resx</c> (neutral, Simplified Chinese) and
/// <c>SharedResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;SharedResource&gt;</c>.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
