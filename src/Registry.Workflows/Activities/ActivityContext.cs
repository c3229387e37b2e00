using Registry.Workflows.Ports;
using Registry.Workflows.Runtime;

namespace Registry.Workflows.Activities;

/// <summary>What an activity sees while it executes: the working state, where it was entered from, and the ports.</summary>
internal sealed class ActivityContext(ExecutionState state, ActivityPorts ports)
{
    public ExecutionState State { get; } = state;

    public ActivityPorts Ports { get; } = ports;

    /// <summary>The node the current path came from (null for the start node or a return target).</summary>
    public string? EnteredFrom { get; set; }

    public string NewBookmarkId() => Guid.CreateVersion7(State.Now).ToString("N");

    public PortRequest Request(string nodeId, string? name) => new(
        State.InstanceId,
        State.CorrelationId,
        State.DefinitionId,
        nodeId,
        name,
        $"{State.InstanceId:N}/{nodeId}/{State.BaseVersion}",
        State.Variables.ToImmutable());
}

/// <summary>The application ports the built-in kinds call; any may be null when no definition in use needs it.</summary>
internal sealed record ActivityPorts(
    IRuleSetRunner? RuleSets,
    INotificationSender? Notifications,
    IBusinessCalendar? Calendar = null,
    IStepIsolation? Isolation = null)
{
    public static T Require<T>(T? port, string nodeId)
        where T : class =>
        port ?? throw new WorkflowOperationException($"node '{nodeId}' needs {typeof(T).Name}, but none is registered.");
}
