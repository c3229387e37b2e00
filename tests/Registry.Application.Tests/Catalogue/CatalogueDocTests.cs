using Registry.Application.Catalogue;
using static Registry.Application.Tests.Catalogue.CatalogueFixture;

namespace Registry.Application.Tests.Catalogue;

public sealed class CatalogueDocTests
{
    /// <summary>docs/catalogue.md is generated from the catalogue; set REGISTRY_UPDATE_DOCS=1 to rewrite it.</summary>
    [Fact]
    public void CatalogueNote_MatchesTheCatalogue()
    {
        var path = Path.Combine(RepositoryRoot, "docs", "catalogue.md");
        var expected = CatalogueMarkdown.Render(Shipped);
        if (Environment.GetEnvironmentVariable("REGISTRY_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/catalogue.md is missing; run the test with REGISTRY_UPDATE_DOCS=1");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
        Assert.Contains("`HouseTransferResale`", expected, StringComparison.Ordinal);
    }
}
