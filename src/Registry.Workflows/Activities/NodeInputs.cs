using System.Text.Json;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>Reads a node's JSON inputs into typed values, collecting issues with their JSON path instead of throwing.</summary>
internal sealed class NodeInputs(NodeDefinition node, string path, string source, List<DefinitionIssue> issues)
{
    public string? String(string name, bool required = false)
    {
        if (node.Inputs.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
        {
            return s;
        }

        if (required || node.Inputs.ContainsKey(name))
        {
            Issue(name, required && !node.Inputs.ContainsKey(name) ? $"input '{name}' is required" : $"input '{name}' must be a non-empty string");
        }

        return null;
    }

    public bool Bool(string name, bool fallback)
    {
        if (!node.Inputs.TryGetValue(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Issue(name, $"input '{name}' must be true or false");
        return fallback;
    }

    public int? PositiveInt(string name)
    {
        if (!node.Inputs.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n > 0)
        {
            return n;
        }

        Issue(name, $"input '{name}' must be a positive whole number, not {value.GetRawText()}");
        return null;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (!node.Inputs.TryGetValue(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Issue(name, $"input '{name}' must be an array of strings");
            return [];
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    public void Issue(string name, string message) => issues.Add(new DefinitionIssue(source, $"{path}.inputs.{name}", node.Id, message));
}
