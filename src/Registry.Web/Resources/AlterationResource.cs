namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the case page's administrator actions (转办, 终止): <c>AlterationResource.resx</c> (neutral, Simplified
/// Chinese) and <c>AlterationResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;AlterationResource&gt;</c>.
/// </summary>
public sealed class AlterationResource
{
    private AlterationResource()
    {
    }
}
