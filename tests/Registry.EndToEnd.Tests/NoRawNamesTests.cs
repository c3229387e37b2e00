using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Registry.EndToEnd.Tests.Harness;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// Every page each role can reach (its menu's pages and one of each kind of page they link to), in zh-CN and in en, read as
/// the user sees it: no page shows a raw enum member name of the product's own enums (<c>UnderReview</c>, <c>FirstReview</c>,
/// <c>Household</c>…), an identifier in camelCase (<c>sharedData</c>), a count with the wrong plural ("1 working days"), or,
/// in zh-CN, English phrases. Code a page shows as code (<c>pre</c>, <c>code</c>, editors) and text marked as another
/// language (<c>lang="en"</c>, e.g. a definition's English name in the designer) are not read.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
[Trait("Category", "EndToEnd")]
public sealed partial class NoRawNamesTests(BrowserFixture fixture)
{
    /// <summary>Where each role starts; the pages they link to are visited one of each shape.</summary>
    private static readonly (string User, string[] Pages)[] Roles =
    [
        ("acceptor", ["/", "/worklist", "/intake", "/register"]),
        ("reviewer1", ["/worklist", "/rectifications"]),
        ("inspector", ["/inspection", "/inspection/report", "/inspection/self-check"]),
        ("admin", ["/dashboard", "/designer", "/designer/bindings", "/designer/calendars", "/designer/rule-sets", "/api-clients"]),
        ("leader", ["/dashboard"]),
    ];

    /// <summary>Words a zh-CN page may show in Latin letters: product and format names, units.</summary>
    private static readonly HashSet<string> LatinAllowed = new(StringComparer.Ordinal)
    {
        "Excel", "PDF", "JSON", "Mermaid", "API", "OAuth", "SMS", "ID", "JPEG", "PNG", "MB", "KB", "Registry", "OpenAPI",
    };

    /// <summary>The product's enum member names (domain, application, engine), as a user must never see them.</summary>
    private static readonly HashSet<string> EnumNames = [.. new[]
        {
            typeof(Registry.Domain.Cases.CaseStatus).Assembly,
            typeof(Registry.Application.Dashboard.DashboardMetric).Assembly,
            typeof(Registry.Workflows.Runtime.BookmarkKind).Assembly,
        }
        .SelectMany(a => a.GetTypes())
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .Where(n => n.Length >= 4)];

    [Fact]
    public async Task EveryPage_InBothCultures_ShowsNoRawNamesOrEnglishInChinese()
    {
        var problems = new List<string>();
        foreach (var (user, entries) in Roles)
        {
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                var page = await fixture.NewPageAsync();
                try
                {
                    await SignIn.AsAsync(page, user);
                    await page.GotoAsync($"/culture/set?culture={culture}&redirectUri=%2F");
                    await Circuit.ReadyAsync(page);
                    foreach (var path in await PagesAsync(page, entries))
                    {
                        await Circuit.OpenAsync(page, path);
                        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                        await page.WaitForTimeoutAsync(300); // the page's first data load renders after the circuit is up
                        var text = await page.EvaluateAsync<string>(VisibleText);
                        problems.AddRange(Find(text, culture).Select(p => $"{culture} {user} {path}: {p}"));
                    }
                }
                finally
                {
                    await page.Context.CloseAsync();
                }
            }
        }

        Assert.True(problems.Count == 0, "Raw names or English on the pages:\n" + string.Join("\n", problems.Distinct()));
    }

    /// <summary>The entry pages plus, for each shape of link on them (a case, a unit, a definition…), the first such link.</summary>
    private static async Task<List<string>> PagesAsync(IPage page, string[] entries)
    {
        var pages = new List<string>(entries);
        var shapes = new HashSet<string>(entries.Select(Shape), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            await Circuit.OpenAsync(page, entry);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
            foreach (var link in links.Where(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)))
            {
                var path = link.Split('#')[0];
                if (path.StartsWith("/export", StringComparison.Ordinal) || path.StartsWith("/culture", StringComparison.Ordinal)
                    || path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/api", StringComparison.Ordinal))
                {
                    continue;
                }

                if (shapes.Add(Shape(path)))
                {
                    pages.Add(path);
                }
            }
        }

        return pages;
    }

    /// <summary>A path with its numbers, ids and query values blanked: two cases are one shape of page.</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?');
        var shape = IdSegment().Replace(parts[0], "/*");
        return parts.Length == 1 ? shape : shape + "?" + string.Join('&', parts[1].Split('&').Select(p => p.Split('=')[0]));
    }

    private static IEnumerable<string> Find(string text, string culture)
    {
        // Whole words only: a word joined to others by '-', '.', '_' or '/' is an identifier shown as such (a definition id,
        // an API scope), not a name put where a label belongs.
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value;
            if (EnumNames.Contains(w) && !TypeCodes.Contains(w) && (culture == "zh-CN" || Humps().IsMatch(w)))
            {
                yield return $"enum name '{w}' in «{Around(text, word.Index)}»";
            }
            else if (CamelCase().IsMatch(w))
            {
                yield return $"identifier '{w}' in «{Around(text, word.Index)}»";
            }
        }

        foreach (Match plural in WrongPlural().Matches(text))
        {
            yield return $"wrong plural «{plural.Value}»";
        }

        if (culture != "zh-CN")
        {
            yield break;
        }

        foreach (Match english in EnglishPhrase().Matches(text))
        {
            var words = english.Value.Split(' ');
            if (!words.All(w => LatinAllowed.Contains(w) || TypeCodes.Contains(w)))
            {
                yield return $"English «{english.Value}» in «{Around(text, english.Index)}»";
            }
        }
    }

    /// <summary>The business type codes (shown beside their names on purpose), from the shipped catalogue.</summary>
    private static readonly HashSet<string> TypeCodes = LoadTypeCodes();

    private static HashSet<string> LoadTypeCodes()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln")))
        {
            root = root.Parent;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(root!.FullName, "workflows", "catalogue", "types"), "*.json"))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
            foreach (var type in json.RootElement.GetProperty("types").EnumerateArray())
            {
                codes.Add(type.GetProperty("code").GetString()!);
            }
        }

        return codes;
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 30);
        return text.Substring(start, Math.Min(text.Length - start, 70)).ReplaceLineEndings(" ");
    }

    /// <summary>What the user reads: the body's text without scripts, styles and code shown as code.</summary>
    private const string VisibleText = """
        () => {
          const skip = 'script, style, pre, code, textarea, [hidden], #blazor-error-ui, [lang]:not([lang^=zh])';
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.parentElement.closest(skip)) parts.push(n.nodeValue);
          }
          return parts.join(' ').replace(/\s+/g, ' ');
        }
        """;

    [GeneratedRegex(@"/(\d[\w-]*|[0-9a-f]{8}-[0-9a-f-]{27}|[0-9A-Z]{12,}\w*)(?=/|$)")]
    private static partial Regex IdSegment();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-./])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9_\-/]|\.[A-Za-z0-9])")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")]
    private static partial Regex Humps();

    [GeneratedRegex(@"^[a-z]+[A-Z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"\b1 (?:working )?days\b|\b1 cases\b|\b1 items\b|\b1 rules\b|\b1 hours\b")]
    private static partial Regex WrongPlural();

    /// <summary>Two or more whole Latin words in a row: English prose (a lone word may be a code or a name).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_\-./])[A-Za-z]{2,}(?: [A-Za-z]{2,})+(?![A-Za-z0-9_\-/]|\.[A-Za-z0-9])")]
    private static partial Regex EnglishPhrase();
}
