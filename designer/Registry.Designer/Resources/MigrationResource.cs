namespace Registry.Designer.Resources;

/// <summary>
/// Marker type for the migration page's UI strings: <c>MigrationResource.resx</c> (neutral, Simplified Chinese) and
/// <c>MigrationResource.en.resx</c> (English). Use <c>IStringLocalizer&lt;MigrationResource&gt;</c>.
/// </summary>
public sealed class MigrationResource
{
    private MigrationResource()
    {
    }
}
