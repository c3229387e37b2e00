using System.Text.Json;
using System.Xml;
using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>
/// A node's JSON inputs checked against its kind's descriptor (unknown input, wrong type, missing required input, value not
/// allowed, unknown role / rule set / signal — each issue naming node and input) and read into typed values. Getters are
/// lenient: a value of the wrong type reads as absent, the descriptor check has already named it.
/// </summary>
internal sealed class NodeInputs
{
    private readonly NodeDefinition _node;
    private readonly string _path;
    private readonly string _source;
    private readonly List<DefinitionIssue> _issues;

    public NodeInputs(NodeDefinition node, string path, string source, List<DefinitionIssue> issues)
    {
        _node = node;
        _path = path;
        _source = source;
        _issues = issues;
    }

    /// <summary>Reads a node without collecting issues (typed inputs for the application).</summary>
    public static NodeInputs Lenient(NodeDefinition node) => new(node, "$", "node", []);

    public void Check(ActivityDescriptor descriptor, KnownValues? known)
    {
        foreach (var (name, value) in _node.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            if (descriptor.FindInput(name) is { } input)
            {
                CheckValue(input, value, known);
            }
            else
            {
                Issue(name, $"unknown input '{name}' for a {descriptor.Kind} (known: {string.Join(", ", descriptor.Inputs.Select(i => i.Name))})");
            }
        }

        foreach (var input in descriptor.Inputs.Where(i => i.Required && !_node.Inputs.ContainsKey(i.Name)))
        {
            Issue(input.Name, $"input '{input.Name}' is required");
        }
    }

    public string? String(string name) =>
        _node.Inputs.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    public bool Bool(string name, bool fallback) =>
        _node.Inputs.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;

    public int? PositiveInt(string name) =>
        _node.Inputs.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n > 0 ? n : null;

    public TimeSpan? Duration(string name) => String(name) is { } text && TryDuration(text, out var span) ? span : null;

    public IReadOnlyList<string> Strings(string name) =>
        _node.Inputs.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? value.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];

    public bool Has(string name) => _node.Inputs.ContainsKey(name);

    public void Issue(string name, string message) => _issues.Add(new DefinitionIssue(_source, $"{_path}.inputs.{name}", _node.Id, message));

    private static bool TryDuration(string text, out TimeSpan span)
    {
        try
        {
            span = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            span = default;
            return false;
        }
    }

    private void CheckValue(InputDescriptor input, JsonElement value, KnownValues? known)
    {
        var name = input.Name;
        switch (input.Type)
        {
            case InputType.Text or InputType.Duration when value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(value.GetString()):
                Issue(name, $"input '{name}' must be a non-empty string");
                return;
            case InputType.Duration when !TryDuration(value.GetString()!, out _):
                Issue(name, $"'{value.GetString()}' is not an ISO 8601 duration such as P15D or PT48H");
                return;
            case InputType.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                Issue(name, $"input '{name}' must be true or false");
                return;
            case InputType.PositiveInteger when !(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n > 0):
                Issue(name, $"input '{name}' must be a positive whole number, not {value.GetRawText()}");
                return;
            case InputType.TextList when value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String):
                Issue(name, $"input '{name}' must be an array of strings");
                return;
        }

        IEnumerable<string> values = input.Type switch
        {
            InputType.Text or InputType.Duration => [value.GetString()!],
            InputType.TextList => value.EnumerateArray().Select(e => e.GetString()!),
            _ => [],
        };
        foreach (var v in values)
        {
            if (!input.AllowedValues.IsDefaultOrEmpty && !input.AllowedValues.Contains(v, StringComparer.Ordinal))
            {
                Issue(name, $"'{v}' is not allowed for input '{name}' (allowed: {string.Join(", ", input.AllowedValues)})");
            }
            else if (known?.For(input.Picker) is { } set && !set.Contains(v))
            {
                Issue(name, $"unknown {Noun(input)} '{v}'");
            }
        }
    }

    private static string Noun(InputDescriptor input) => input switch
    {
        { Name: "candidateGroup" } => "candidate group",
        { Picker: PickerSource.Roles } => "role",
        { Picker: PickerSource.RuleSets } => "rule set",
        _ => "signal",
    };
}

/// <summary>The sets pickers are checked against; a null set skips its check.</summary>
internal sealed record KnownValues(IReadOnlySet<string>? Roles, IReadOnlySet<string>? RuleSets, IReadOnlySet<string>? Signals)
{
    public IReadOnlySet<string>? For(PickerSource picker) => picker switch
    {
        PickerSource.Roles => Roles,
        PickerSource.RuleSets => RuleSets,
        PickerSource.Signals => Signals,
        _ => null,
    };
}
