using System.Text.Json.Nodes;
using Registry.Application.Recording;
using Registry.Workflows.Definitions;

namespace Registry.Application.Catalogue;

/// <summary>The registration catalogue (业务类型目录): business types by code and category, and their workflow definitions.</summary>
public interface IBusinessTypeCatalogue
{
    /// <summary>Every type, category by category.</summary>
    IReadOnlyList<BusinessType> All { get; }

    /// <summary>The categories in catalogue order.</summary>
    IReadOnlyList<BusinessTypeCategory> Categories { get; }

    /// <summary>The workflow definitions the types use, by id (drafts: publish them through the engine).</summary>
    IReadOnlyDictionary<string, WorkflowDefinition> Workflows { get; }

    /// <summary>Finds a type by code.</summary>
    /// <exception cref="UnknownBusinessTypeException">No type has that code; the message names it.</exception>
    BusinessType Find(string code);

    /// <summary>Finds a type by code without throwing.</summary>
    bool TryFind(string code, out BusinessType? type);

    /// <summary>The types of one category.</summary>
    /// <exception cref="ArgumentException">No category has that code.</exception>
    IReadOnlyList<BusinessType> InCategory(string category);

    /// <summary>Builds the typed register effects of a case of type <paramref name="code"/>, in booking order.</summary>
    /// <exception cref="UnknownBusinessTypeException">Unknown code.</exception>
    /// <exception cref="EffectBindingException">The case data lacks a required value.</exception>
    IReadOnlyList<RegisterEffect> BindEffects(string code, JsonObject caseData);
}
