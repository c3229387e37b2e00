using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Workflows.Runtime;

namespace Registry.Persistence.Workflows;

/// <summary>The JSON form of a <see cref="WorkflowInstance"/> kept in <c>WorkflowInstances.State</c> (enums by name, so rows read well).</summary>
internal static class WorkflowStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkflowInstance instance) => JsonSerializer.Serialize(instance, Options);

    public static WorkflowInstance Read(string json, Guid id) =>
        JsonSerializer.Deserialize<WorkflowInstance>(json, Options)
        ?? throw new InvalidOperationException($"workflow instance {id}: stored state is empty");
}
