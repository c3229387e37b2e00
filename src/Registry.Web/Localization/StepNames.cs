using System.Collections.Frozen;
using Registry.Application.Catalogue;
using Registry.Web.Components.Cases;

namespace Registry.Web.Localization;

/// <summary>
/// A workflow step's name in the UI language. Tasks and journal lines store the step's Chinese name; the definitions name each
/// node in both languages ({"zh": "初审", "en": "First review"}), so an English page looks the Chinese name up in the shipped
/// definitions. A step no shipped definition names (a newly published one) keeps its stored name. A workflow's own name
/// (the journal's start line, the case page's 办理流程) is stored in Chinese too and looked up the same way; a node's name
/// wins where the two spell the same Chinese.
/// </summary>
internal sealed class StepNames(IEnumerable<IBusinessTypeCatalogue> catalogues)
{
    private readonly Lazy<FrozenDictionary<string, string>> _english = new(() => catalogues
        .SelectMany(c => c.Workflows.Values)
        .SelectMany(w => w.Nodes.Select(n => n.Name).Append(w.DisplayName))
        .Where(n => !string.IsNullOrEmpty(n.En))
        .GroupBy(n => n.Zh, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().En!, StringComparer.Ordinal));

    /// <summary>The step's name in the current UI culture.</summary>
    public string Of(string? storedName) =>
        string.IsNullOrEmpty(storedName) || CaseText.IsChinese ? storedName ?? string.Empty
        : _english.Value.TryGetValue(storedName, out var en) ? en : storedName;
}
