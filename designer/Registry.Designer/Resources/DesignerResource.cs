namespace Registry.Designer.Resources;

/// <summary>
/// Marker type for the designer console's UI strings: <c>DesignerResource.resx</c> (neutral, Simplified Chinese) and
/// <c>DesignerResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;DesignerResource&gt;</c>.
/// </summary>
public sealed class DesignerResource
{
    private DesignerResource()
    {
    }
}
