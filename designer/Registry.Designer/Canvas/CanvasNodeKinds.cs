using System.Globalization;
using System.Text.Json.Nodes;
using Registry.Application.Security;
using Registry.Workflows.Activities;

namespace Registry.Designer.Canvas;

/// <summary>
/// The node kinds the canvas offers — palette, ports and property fields — read from the engine's activity descriptors
/// (<see cref="IActivityRegistry"/>: the built-in kinds and those the application registers, 登簿 and 缮证), so a kind
/// added to the engine appears on the canvas with its typed inputs and nothing here changes.
/// </summary>
public sealed class CanvasNodeKinds
{
    /// <summary>The roles the role picker offers (the office's roles that work on cases).</summary>
    public static readonly IReadOnlyList<string> Roles =
        [RegistryRoles.Acceptor, RegistryRoles.FirstReview, RegistryRoles.SecondReview, RegistryRoles.Approver, RegistryRoles.Recorder];

    private readonly Dictionary<string, CanvasNodeKind> _byKind;

    /// <summary>Builds the kinds from <paramref name="registry"/>, in its order.</summary>
    /// <param name="registry">The engine's activity descriptors.</param>
    public CanvasNodeKinds(IActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        All = [.. registry.Descriptors.Select(From)];
        _byKind = All.ToDictionary(k => k.Kind, StringComparer.Ordinal);
    }

    /// <summary>Every kind, in palette order.</summary>
    public IReadOnlyList<CanvasNodeKind> All { get; }

    /// <summary>The kind's description, or null for a kind the engine does not know.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The description or null.</returns>
    public CanvasNodeKind? Find(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The outcomes a node offers as ports: its kind's, or those its <c>outcomes</c> input lists.</summary>
    /// <param name="node">The node's JSON.</param>
    /// <returns>The outcomes.</returns>
    public IReadOnlyList<string> OutcomesOf(JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var kind = Find(CanvasDocument.Kind(node));
        if (kind?.FixedOutcomes is { } fixedOutcomes)
        {
            return fixedOutcomes;
        }

        return node["inputs"]?["outcomes"] is JsonArray list ? [.. list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()] : [];
    }

    private static CanvasNodeKind From(ActivityDescriptor descriptor)
    {
        var inputs = descriptor.Inputs.Select(Input).OfType<CanvasInput>().ToList();
        // A kind whose outcomes are chosen per node (a human task's "outcomes" input) has its ports from the node.
        var perNode = descriptor.FindInput("outcomes") is { Type: InputType.TextList };
        var defaults = new JsonObject();
        foreach (var input in descriptor.Inputs.Where(i => i.Required))
        {
            JsonNode? value = input switch
            {
                { Type: InputType.TextList, AllowedValues.Length: > 0 } => new JsonArray([.. input.AllowedValues.Select(v => (JsonNode)JsonValue.Create(v))]),
                { Type: InputType.Text, AllowedValues.Length: > 0 } => JsonValue.Create(input.AllowedValues[0]),
                { Type: InputType.Text } => JsonValue.Create(string.Empty),
                _ => null,
            };
            if (value is not null)
            {
                defaults[input.Name] = value;
            }
        }

        return new CanvasNodeKind(descriptor.Kind, inputs, perNode ? null : descriptor.Outcomes, defaults.ToJsonString())
        {
            DisplayName = descriptor.DisplayName,
            Description = descriptor.Description,
            Category = descriptor.Category,
            Icon = MaterialIcon(descriptor.Icon),
        };
    }

    /// <summary>The MudBlazor icon for a Material icon name (<c>call_split</c> → <c>Icons.Material.Filled.CallSplit</c>).</summary>
    internal static string MaterialIcon(string name)
    {
        var field = string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return typeof(MudBlazor.Icons.Material.Filled).GetField(field)?.GetValue(null) as string ?? string.Empty;
    }

    /// <summary>How the property panel edits a descriptor's input; null for one it leaves to the JSON view (a free list).</summary>
    private static CanvasInput? Input(InputDescriptor input)
    {
        CanvasInputType? type = input.Picker switch
        {
            PickerSource.Roles => CanvasInputType.Role,
            PickerSource.RuleSets => CanvasInputType.RuleSet,
            PickerSource.Signals => CanvasInputType.Signal,
            _ => input.Type switch
            {
                InputType.Boolean => CanvasInputType.Flag,
                InputType.PositiveInteger => CanvasInputType.WorkingDays,
                InputType.TextList when input.AllowedValues.Length > 0 => CanvasInputType.Outcomes,
                InputType.TextList => null,
                InputType.Text when input.AllowedValues.Length > 0 => CanvasInputType.Choice,
                _ => CanvasInputType.Text,
            },
        };
        return type is { } t
            ? new CanvasInput(input.Name, t, input.Required, input.AllowedValues.IsDefaultOrEmpty ? null : [.. input.AllowedValues]) { Help = input.Help }
            : null;
    }

    /// <summary>The text in the UI language (Chinese unless the culture is another).</summary>
    internal static string InCulture(Registry.Workflows.Definitions.LocalizedText text) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? text.Zh : text.En ?? text.Zh;
}
