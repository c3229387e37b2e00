namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the public certificate verification page's strings: <c>VerificationResource.resx</c> (neutral, Simplified
/// Chinese) and <c>VerificationResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;VerificationResource&gt;</c>.
/// </summary>
public sealed class VerificationResource
{
    private VerificationResource()
    {
    }
}
