namespace Registry.Workflows.Activities;

/// <summary>
/// The node kinds the engine can validate and run: the built-in ones (human task, rule check, auto decision, parallel split,
/// join, wait, notify, end) and those the application registers as <see cref="IHostedActivity"/> (e.g. registration's record
/// and certificate steps). Registered by <c>AddRegistryWorkflows</c> from every <see cref="IHostedActivity"/> in the container.
/// </summary>
public interface IActivityRegistry
{
    /// <summary>Every descriptor: built-in kinds first, then hosted kinds in registration order.</summary>
    IReadOnlyList<ActivityDescriptor> Descriptors { get; }

    /// <summary>Finds a kind's descriptor.</summary>
    /// <param name="kind">The node kind.</param>
    /// <returns>The descriptor, or null for an unknown kind.</returns>
    ActivityDescriptor? Find(string kind);
}
