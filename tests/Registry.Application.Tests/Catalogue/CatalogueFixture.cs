using Registry.Application.Catalogue;

namespace Registry.Application.Tests.Catalogue;

/// <summary>Finds the repository and loads the shipped catalogue once.</summary>
internal static class CatalogueFixture
{
    private static readonly Lazy<IBusinessTypeCatalogue> Loaded = new(() => BusinessTypeCatalogueLoader.Load(Options()));

    public static IBusinessTypeCatalogue Shipped => Loaded.Value;

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Registry.sln not found above the test directory");
        }
    }

    public static CatalogueOptions Options(string? catalogueDirectory = null) => new()
    {
        CatalogueDirectory = catalogueDirectory ?? Path.Combine(RepositoryRoot, "workflows", "catalogue"),
        RulesDirectory = Path.Combine(RepositoryRoot, "rules"),
    };

    /// <summary>Copies the shipped catalogue to a temporary directory to break it.</summary>
    public static string CopyCatalogue()
    {
        var target = Path.Combine(Path.GetTempPath(), "catalogue-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(RepositoryRoot, "workflows", "catalogue");
        foreach (var file in Directory.GetFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
