namespace Registry.Composition;

/// <summary>
/// Where the shipped data lives: <c>data/</c> next to the host's binaries (copied at build), or the folder named by
/// <c>Data:Directory</c> (an office with its own catalogue or calendars points it elsewhere).
/// </summary>
/// <param name="Root">The data root.</param>
public sealed record RegistryDataDirectories(string Root)
{
    /// <summary>Workflow definitions (the sample definitions and <c>catalogue/workflows</c>).</summary>
    public string Workflows => Path.Combine(Root, "workflows");

    /// <summary>The business-type catalogue.</summary>
    public string Catalogue => Path.Combine(Root, "workflows", "catalogue");

    /// <summary>The catalogue's workflow templates.</summary>
    public string CatalogueWorkflows => Path.Combine(Root, "workflows", "catalogue", "workflows");

    /// <summary>Rule sets.</summary>
    public string Rules => Path.Combine(Root, "rules");

    /// <summary>Working-day calendars.</summary>
    public string Calendars => Path.Combine(Root, "calendars");

    /// <summary>Resolves the data root from configuration or the binaries' folder, and checks it holds the data.</summary>
    public static RegistryDataDirectories Resolve(string? configured)
    {
        var root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "data")
            : Path.GetFullPath(configured, AppContext.BaseDirectory);
        var directories = new RegistryDataDirectories(root);
        foreach (var required in new[] { directories.Catalogue, directories.Rules, directories.Calendars })
        {
            if (!Directory.Exists(required))
            {
                throw new DirectoryNotFoundException($"Data:Directory '{root}' has no {Path.GetRelativePath(root, required)} folder; build the host (it copies data/) or point Data:Directory at a copy of the repository's workflows/, rules/ and calendars/.");
            }
        }

        return directories;
    }
}
