namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the API clients page's (接口接入机构) UI strings: <c>ApiClientResource.resx</c> (neutral, Simplified
/// Chinese) and <c>ApiClientResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;ApiClientResource&gt;</c>.
/// </summary>
public sealed class ApiClientResource
{
    private ApiClientResource()
    {
    }
}
