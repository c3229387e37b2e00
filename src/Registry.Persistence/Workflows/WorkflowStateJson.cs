using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>The JSON form of a <see cref="WorkflowInstance"/> kept in <c>WorkflowInstances.State</c> (enums by name, so rows read well).</summary>
internal static class WorkflowStateJson
{
    /// <summary>
    /// Source-generated metadata (no reflection per type on first use, and a faster writer): every commit serialises the
    /// instance. The text is the same as the reflection serializer's with these options (a test compares them).
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = WorkflowStateJsonContext.Default,
    };

    private static readonly JsonTypeInfo<WorkflowInstance> Instance = (JsonTypeInfo<WorkflowInstance>)Options.GetTypeInfo(typeof(WorkflowInstance));

    public static string Write(WorkflowInstance instance) => JsonSerializer.Serialize(instance, Instance);

    public static WorkflowInstance Read(string json, Guid id) =>
        JsonSerializer.Deserialize(json, Instance)
        ?? throw new InvalidOperationException($"workflow instance {id}: stored state is empty");
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.General, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkflowInstance))]
internal sealed partial class WorkflowStateJsonContext : JsonSerializerContext;
