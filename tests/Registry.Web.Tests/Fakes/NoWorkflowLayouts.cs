using Registry.Designer.Canvas;

namespace Registry.Web.Tests.Fakes;

/// <summary>No stored layouts: every diagram lays itself out.</summary>
public sealed class NoWorkflowLayouts : IWorkflowLayoutStore
{
    public List<string> Asked { get; } = [];

    public ValueTask<WorkflowLayout?> FindAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        Asked.Add(definitionId);
        return ValueTask.FromResult<WorkflowLayout?>(null);
    }

    public Task SaveAsync(WorkflowLayout layout, CancellationToken cancellationToken = default) => throw new NotSupportedException("The case page never saves a layout.");
}
