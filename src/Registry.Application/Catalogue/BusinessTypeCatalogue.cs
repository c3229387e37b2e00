using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Registry.Application.Recording;
using Registry.Workflows.Definitions;

namespace Registry.Application.Catalogue;

/// <summary>The loaded, validated catalogue (immutable).</summary>
internal sealed class BusinessTypeCatalogue : IBusinessTypeCatalogue
{
    private readonly FrozenDictionary<string, BusinessType> _byCode;

    public BusinessTypeCatalogue(IReadOnlyList<BusinessTypeCategory> categories, IReadOnlyDictionary<string, WorkflowDefinition> workflows)
    {
        Categories = categories;
        All = [.. categories.SelectMany(c => c.Types)];
        Workflows = workflows;
        _byCode = All.GroupBy(t => t.Code, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<BusinessType> All { get; }

    public IReadOnlyList<BusinessTypeCategory> Categories { get; }

    public IReadOnlyDictionary<string, WorkflowDefinition> Workflows { get; }

    public BusinessType Find(string code) =>
        TryFind(code, out var type) ? type! : throw new UnknownBusinessTypeException(code);

    public bool TryFind(string code, out BusinessType? type)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code.Trim(), out type);
    }

    public IReadOnlyList<BusinessType> InCategory(string category) =>
        Categories.FirstOrDefault(c => c.Code == category)?.Types
            ?? throw new ArgumentException($"unknown category '{category}' (known: {string.Join(", ", Categories.Select(c => c.Code))})", nameof(category));

    public IReadOnlyList<RegisterEffect> BindEffects(string code, JsonObject caseData)
    {
        var type = Find(code);
        return [.. type.Effects.SelectMany(e => e.Bind(caseData))];
    }
}
