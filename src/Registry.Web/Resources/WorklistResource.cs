namespace Registry.Web.Resources;

/// <summary>
/// Marker type for the worklist's (待办) UI strings: <c>WorklistResource.resx</c> (neutral, Simplified Chinese) and
/// <c>WorklistResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;WorklistResource&gt;</c>.
/// </summary>
public sealed class WorklistResource
{
    private WorklistResource()
    {
    }
}
