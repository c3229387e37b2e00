using System.Collections.Immutable;
using System.Text.Json;

namespace Registry.Workflows.Definitions;

/// <summary>A node (activity) of a definition. Its kind-specific inputs stay as JSON and are read into typed activity inputs.</summary>
/// <param name="Id">Unique node id within the definition (e.g. <c>firstReview</c>).</param>
/// <param name="Kind">One of <see cref="ActivityKinds"/>.</param>
/// <param name="Name">Display name (e.g. 初审 / First review).</param>
/// <param name="Inputs">Kind-specific inputs (role, outcomes, ruleSet, signal, …) as JSON values.</param>
public sealed record NodeDefinition(string Id, string Kind, LocalizedText Name, ImmutableDictionary<string, JsonElement> Inputs)
{
    /// <summary>Creates a node with no inputs.</summary>
    /// <param name="id">Node id.</param>
    /// <param name="kind">Activity kind.</param>
    /// <param name="name">Chinese display name.</param>
    public NodeDefinition(string id, string kind, string name)
        : this(id, kind, new LocalizedText(name), ImmutableDictionary<string, JsonElement>.Empty)
    {
    }
}
