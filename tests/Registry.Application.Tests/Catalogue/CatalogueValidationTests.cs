using System.Text.Json.Nodes;
using Registry.Application.Catalogue;
using static Registry.Application.Tests.Catalogue.CatalogueFixture;

namespace Registry.Application.Tests.Catalogue;

public sealed class CatalogueValidationTests
{
    public static TheoryData<string, string, string> Breakages => new()
    {
        { "/types/0/materials/0/code", "\"NO_SUCH_PAPER\"", "material code 'NO_SUCH_PAPER' is not in rules/materials.json" },
        { "/types/0/workflow", "\"catalogue-missing\"", "workflow 'catalogue-missing' does not exist" },
        { "/types/0/ruleSets/0", "\"review-dreams\"", "rule set 'review-dreams' does not exist" },
        { "/types/0/timeLimit", "\"TL-soon\"", "does not match pattern" },
        { "/types/0/effects/0/effect", "\"Demolish\"", "unknown effect 'Demolish'" },
        { "/types/0/effects/0/parameters/colour", "\"red\"", "has no parameter 'colour'" },
        { "/types/0/effects/0/parameters/holders", "\"$.nowhere.x\"", "starts at 'nowhere'" },
        { "/types/0/certificate", "\"Diploma\"", "is not one of" },
        { "/types/0/steps", "[\"MortgageFirst\", \"NoSuchStep\"]", "step 'NoSuchStep' is not a business type" },
        { "/types/0/announcement", "true", "has no wait for signal 'announcement-ended'" },
        { "/types/0/extra", "1", "unknown property 'extra'" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenCatalogueFile_IsReportedWithFileAndPath(string location, string value, string expected)
    {
        var dir = CopyCatalogue();
        try
        {
            var file = Path.Combine(dir, "types", "01-house.json");
            var root = JsonNode.Parse(File.ReadAllText(file))!;
            Set(root, location, JsonNode.Parse(value));
            File.WriteAllText(file, root.ToJsonString());

            var ex = Assert.Throws<CatalogueValidationException>(() => BusinessTypeCatalogueLoader.Load(Options(dir)));

            var issue = Assert.Single(ex.Issues, i => i.Message.Contains(expected, StringComparison.Ordinal));
            Assert.Equal(Path.Combine("types", "01-house.json"), issue.File);
            Assert.StartsWith("$", issue.Path ?? "HouseFirst", StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MissingRequiredEffectParameter_IsReported()
    {
        var dir = CopyCatalogue();
        try
        {
            var file = Path.Combine(dir, "types", "01-house.json");
            var root = JsonNode.Parse(File.ReadAllText(file))!;
            root["types"]![0]!["effects"]![0]!["parameters"]!.AsObject().Remove("rightType");
            File.WriteAllText(file, root.ToJsonString());

            var issues = BusinessTypeCatalogueLoader.Validate(Options(dir));

            Assert.Contains(issues, i => i.Message == "HouseFirst: effect CreateOwnership needs parameter 'rightType'" && i.Path == "$.types[0].effects[0].parameters");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void BrokenWorkflow_IsReportedWithNode()
    {
        var dir = CopyCatalogue();
        try
        {
            var file = Path.Combine(dir, "workflows", "catalogue-standard.json");
            var root = JsonNode.Parse(File.ReadAllText(file))!;
            root["nodes"]![2]!["inputs"]!["role"] = "janitor";
            File.WriteAllText(file, root.ToJsonString());

            var issues = BusinessTypeCatalogueLoader.Validate(Options(dir));

            Assert.Contains(issues, i => i.File == "workflows/catalogue-standard.json" && i.Message.Contains("unknown role 'janitor'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DuplicateCode_AcrossFiles_IsReported()
    {
        var dir = CopyCatalogue();
        try
        {
            var file = Path.Combine(dir, "types", "10-mortgage.json");
            var root = JsonNode.Parse(File.ReadAllText(file))!;
            root["types"]![0]!["code"] = "HouseFirst";
            File.WriteAllText(file, root.ToJsonString());

            var issues = BusinessTypeCatalogueLoader.Validate(Options(dir));

            Assert.Contains(issues, i => i.File == Path.Combine("types", "10-mortgage.json") && i.Message.Contains("'HouseFirst' is already defined in", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Set(JsonNode root, string location, JsonNode? value)
    {
        var parts = location.Trim('/').Split('/');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = int.TryParse(part, out var i) ? node[i]! : node[part]!;
        }

        if (int.TryParse(parts[^1], out var index))
        {
            node[index] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }
}
