using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>
/// The workflow designer's use cases (设计器): list definitions and versions, open a version, start a draft from a version,
/// validate, save and publish it. Every call checks that the user is a business admin (业务管理) and throws
/// <see cref="DesignerAccessDeniedException"/> otherwise, whatever the UI shows. Published versions are immutable; running
/// cases stay on the version they started with.
/// </summary>
public interface IWorkflowDesigner
{
    /// <summary>Lists every definition in the database with its latest published version, open draft and running instances.</summary>
    Task<IReadOnlyList<DesignerDefinitionSummary>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default);

    /// <summary>One definition with every version; throws <see cref="KeyNotFoundException"/> naming the id when it has none.</summary>
    Task<DesignerDefinitionDetail> GetAsync(DesignerUser user, string definitionId, CancellationToken cancellationToken = default);

    /// <summary>One version's definition, JSON and diagram; throws <see cref="KeyNotFoundException"/> when it does not exist.</summary>
    Task<DesignerVersionView> GetVersionAsync(DesignerUser user, string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies version <paramref name="fromVersion"/> into a new draft numbered one above the highest version. Refused
    /// (<see cref="DesignerConflictException"/>) while another draft of the definition is open.
    /// </summary>
    Task<WorkflowDefinition> CreateDraftAsync(DesignerUser user, string definitionId, int fromVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks draft JSON without saving: JSON syntax and schema, that id and version match the draft being edited, and the
    /// engine's structural rules (known roles and rule sets included). Each issue names the JSON path and node where known.
    /// </summary>
    /// <exception cref="Fields.FieldTooLongException">The JSON is longer than <see cref="Fields.FieldLimits.DefinitionJson"/>.</exception>
    Task<IReadOnlyList<DefinitionIssue>> ValidateAsync(DesignerUser user, string definitionId, int version, string json, CancellationToken cancellationToken = default);

    /// <summary>Saves draft JSON when it parses and matches the draft's id and version; returns the issues either way.</summary>
    /// <exception cref="Fields.FieldTooLongException">The JSON is longer than <see cref="Fields.FieldLimits.DefinitionJson"/>; nothing was saved.</exception>
    Task<DesignerSaveResult> SaveDraftAsync(DesignerUser user, string definitionId, int version, string json, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes the stored draft as a new immutable version. A definition with issues is refused
    /// (<see cref="WorkflowDefinitionException"/> listing them); if someone else published it first,
    /// <see cref="DesignerConflictException"/> names them.
    /// </summary>
    Task<WorkflowDefinition> PublishAsync(DesignerUser user, string definitionId, int version, CancellationToken cancellationToken = default);
}
