using Registry.Workflows.Definitions;

namespace Registry.Workflows.Activities;

/// <summary>
/// The engine's <see cref="IActivityRegistry"/>: the built-in kinds plus the application's hosted kinds. Build one with the
/// hosted activities that run (the container does this in <c>AddRegistryWorkflows</c>), or with
/// <see cref="Describing"/> where only validation is needed (a catalogue loader, a test).
/// </summary>
public sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<string, (ActivityDescriptor Descriptor, ActivityFactory Factory)> _kinds = new(StringComparer.Ordinal);
    private readonly List<ActivityDescriptor> _descriptors = [];

    /// <summary>Creates a registry of the built-in kinds and <paramref name="hosted"/>.</summary>
    /// <param name="hosted">The application's activities.</param>
    /// <exception cref="ArgumentException">A hosted kind repeats a built-in or another hosted kind.</exception>
    public ActivityRegistry(IEnumerable<IHostedActivity> hosted)
    {
        ArgumentNullException.ThrowIfNull(hosted);
        foreach (var (descriptor, factory) in BuiltInActivities.All)
        {
            Add(descriptor, factory);
        }

        foreach (var activity in hosted)
        {
            Add(activity.Descriptor, (node, _, _) => new HostedActivityAdapter(node, activity));
        }
    }

    private ActivityRegistry()
        : this([])
    {
    }

    /// <summary>The built-in kinds alone.</summary>
    public static ActivityRegistry BuiltIn { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<ActivityDescriptor> Descriptors => _descriptors;

    /// <summary>A registry that knows further kinds by their descriptors only: nodes of those kinds validate but cannot run.</summary>
    /// <param name="descriptors">Descriptors of hosted kinds.</param>
    /// <returns>The registry.</returns>
    public static ActivityRegistry Describing(IEnumerable<ActivityDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var registry = new ActivityRegistry();
        foreach (var descriptor in descriptors)
        {
            registry.Add(descriptor, (node, _, _) => new DescribedOnlyActivity(node, descriptor));
        }

        return registry;
    }

    /// <summary>The registry the engine compiles with: this one, or for another implementation its descriptors (validation only).</summary>
    internal static ActivityRegistry Of(IActivityRegistry registry) =>
        registry as ActivityRegistry ?? Describing(registry.Descriptors.Where(d => BuiltIn.Find(d.Kind) is null));

    /// <inheritdoc />
    public ActivityDescriptor? Find(string kind) => _kinds.TryGetValue(kind, out var entry) ? entry.Descriptor : null;

    /// <summary>Checks a node's inputs against its descriptor and builds its activity; null (with an issue) for an unknown kind.</summary>
    internal Activity? Build(NodeDefinition node, WorkflowDefinition definition, string path, string source, List<DefinitionIssue> issues, KnownValues? known)
    {
        if (!_kinds.TryGetValue(node.Kind, out var entry))
        {
            issues.Add(new DefinitionIssue(source, $"{path}.kind", node.Id, $"unknown activity kind '{node.Kind}' (known: {string.Join(", ", _kinds.Keys)})"));
            return null;
        }

        var inputs = new NodeInputs(node, path, source, issues);
        inputs.Check(entry.Descriptor, known);
        return entry.Factory(node, inputs, definition);
    }

    private void Add(ActivityDescriptor descriptor, ActivityFactory factory)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!_kinds.TryAdd(descriptor.Kind, (descriptor, factory)))
        {
            throw new ArgumentException($"activity kind '{descriptor.Kind}' is registered twice", nameof(descriptor));
        }

        _descriptors.Add(descriptor);
    }
}
