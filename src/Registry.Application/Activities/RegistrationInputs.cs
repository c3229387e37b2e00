using System.Text.Json;
using Registry.Workflows.Definitions;

namespace Registry.Application.Activities;

/// <summary>Reads the inputs of registration's own node kinds (only their activities read these keys).</summary>
internal static class RegistrationInputs
{
    public static string? Text(NodeDefinition node, string name) =>
        node.Inputs.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
