using Registry.Workflows.Definitions;

namespace Registry.Application.Designer;

/// <summary>
/// A workflow per business type, live (设计器 · 业务流程绑定): which definition each type's new cases start on, changed
/// without a restart, and new definitions, blank or copied from a template. Every call checks the business-admin role
/// (<see cref="DesignerAccessDeniedException"/>); a refusal (<see cref="WorkflowBindingRefusedException"/>) writes nothing.
/// Cases already running stay on the definition and version they started on.
/// </summary>
public interface IWorkflowBindingDesigner
{
    /// <summary>Every business type in catalogue order with the definition its new cases start on.</summary>
    Task<IReadOnlyList<DesignerBindingRow>> ListAsync(DesignerUser user, CancellationToken cancellationToken = default);

    /// <summary>The definitions that have a published version (what a type may be bound to), by id.</summary>
    Task<IReadOnlyList<string>> BindableDefinitionsAsync(DesignerUser user, CancellationToken cancellationToken = default);

    /// <summary>Binds <paramref name="businessType"/> to <paramref name="definitionId"/>; the next case of the type starts on its latest published version.</summary>
    Task<DesignerBindingRow> BindAsync(DesignerUser user, string businessType, string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Creates draft v1 of a new definition: a copy of the template's latest published version, or a blank one (受理 → 办结).</summary>
    Task<WorkflowDefinition> CreateDefinitionAsync(DesignerUser user, NewDefinitionRequest request, CancellationToken cancellationToken = default);
}
