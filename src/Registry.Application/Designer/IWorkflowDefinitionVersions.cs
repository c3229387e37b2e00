namespace Registry.Application.Designer;

/// <summary>
/// Read side of the definition versions for the designer: every version with who saved and published it, and how many
/// running instances each version carries. Implemented by persistence (the <c>WorkflowDefinitions</c> and
/// <c>WorkflowInstances</c> tables).
/// </summary>
public interface IWorkflowDefinitionVersions
{
    /// <summary>Lists versions, ordered by definition id then version.</summary>
    /// <param name="definitionId">One definition, or null for all.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The versions.</returns>
    Task<IReadOnlyList<DefinitionVersionInfo>> ListAsync(string? definitionId = null, CancellationToken cancellationToken = default);

    /// <summary>Counts instances that have not ended (running or suspended), per definition version.</summary>
    /// <param name="definitionId">One definition, or null for all.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One count per version that has any.</returns>
    Task<IReadOnlyList<RunningInstanceCount>> CountRunningAsync(string? definitionId = null, CancellationToken cancellationToken = default);

    /// <summary>The unended (running or suspended) instances of one definition version, oldest first.</summary>
    /// <param name="definitionId">The definition.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The instances and their case numbers.</returns>
    Task<IReadOnlyList<UnendedInstance>> ListUnendedAsync(string definitionId, int version, CancellationToken cancellationToken = default);
}
