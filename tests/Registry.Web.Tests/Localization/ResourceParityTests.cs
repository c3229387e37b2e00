using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Registry.Web.Tests.Localization;

/// <summary>Every string of the consoles exists in Simplified Chinese and in English, with the same placeholders.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string ResourceDirectory = FindResources();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ResourceDirectory, "*.resx").Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void TheResourceFolder_HasChineseFilesEachWithAnEnglishPartner()
    {
        var files = Directory.GetFiles(ResourceDirectory, "*.resx").Select(Path.GetFileName).ToList();

        Assert.Contains("CaseResource.resx", files);
        Assert.All(files.Where(f => f!.EndsWith(".en.resx", StringComparison.Ordinal)), en => Assert.Contains(en!.Replace(".en.resx", ".resx", StringComparison.Ordinal), files));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryKey_IsInBothLanguages_WithTheSamePlaceholders(string chineseFile)
    {
        var zh = Read(Path.Combine(ResourceDirectory, chineseFile));
        var en = Read(Path.Combine(ResourceDirectory, chineseFile.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.Empty(zh.Keys.Except(en.Keys).Select(k => "missing in English: " + k));
        Assert.Empty(en.Keys.Except(zh.Keys).Select(k => "missing in Chinese: " + k));
        var mismatched = zh.Keys.Intersect(en.Keys)
            .Where(k => !Placeholders(zh[k]).SetEquals(Placeholders(en[k])))
            .Select(k => $"{k}: “{zh[k]}” vs “{en[k]}”");
        Assert.Empty(mismatched);
    }

    private static Dictionary<string, string> Read(string path)
    {
        var entries = XDocument.Load(path).Root!.Elements("data")
            .Select(d => (Name: (string)d.Attribute("name")!, Value: (string?)d.Element("value") ?? string.Empty))
            .ToList();
        var duplicates = entries.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"{Path.GetFileName(path)} defines twice: {string.Join(", ", duplicates)}");
        return entries.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    private static string FindResources()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Registry.Web", "Resources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Registry.Web/Resources not found above " + AppContext.BaseDirectory);
    }
}
