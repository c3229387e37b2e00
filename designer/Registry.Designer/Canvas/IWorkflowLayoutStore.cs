namespace Registry.Designer.Canvas;

/// <summary>Where definitions' layouts (positions only) are kept, apart from the definitions themselves.</summary>
public interface IWorkflowLayoutStore
{
    /// <summary>The stored layout of a definition, or null when none is stored (the diagram then lays itself out).</summary>
    /// <param name="definitionId">Definition id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The layout or null.</returns>
    ValueTask<WorkflowLayout?> FindAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Stores a definition's layout (replacing the one stored).</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task SaveAsync(WorkflowLayout layout, CancellationToken cancellationToken = default);
}
