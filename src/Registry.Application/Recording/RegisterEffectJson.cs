using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Registry.Application.Recording;

/// <summary>
/// JSON form of effects: <c>{"effect": "AddMortgage", "unit": "…", "kind": "General", …}</c>, camelCase, enums as
/// strings, dates as yyyy-MM-dd. Reading errors name the JSON path and the problem.
/// </summary>
public static class RegisterEffectJson
{
    /// <summary>The serializer options used for effects.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Every effect name with its parameter names (camelCase), for catalogue validation and documentation.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parameters { get; } = typeof(RegisterEffect)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(
            a => (string)a.TypeDiscriminator!,
            a => (IReadOnlyList<string>)[.. a.DerivedType.GetConstructors().Single().GetParameters().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!))],
            StringComparer.Ordinal);

    /// <summary>Writes one effect.</summary>
    public static string Serialize(RegisterEffect effect) => JsonSerializer.Serialize(effect, Options);

    /// <summary>Writes a list of effects.</summary>
    public static string Serialize(IReadOnlyList<RegisterEffect> effects) => JsonSerializer.Serialize(effects, Options);

    /// <summary>Reads one effect.</summary>
    /// <exception cref="JsonException">Not an effect; the message names the path and problem.</exception>
    public static RegisterEffect Deserialize(string json) =>
        JsonSerializer.Deserialize<RegisterEffect>(json, Options) ?? throw new JsonException("$: an effect is required, not null");

    /// <summary>Reads one effect from a parsed element.</summary>
    public static RegisterEffect Deserialize(JsonElement json) =>
        json.Deserialize<RegisterEffect>(Options) ?? throw new JsonException("$: an effect is required, not null");

    /// <summary>Reads a list of effects.</summary>
    public static IReadOnlyList<RegisterEffect> DeserializeList(string json) =>
        JsonSerializer.Deserialize<List<RegisterEffect>>(json, Options) ?? throw new JsonException("$: a list of effects is required, not null");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
