using Registry.Domain.Cases;
using Registry.Workflows.Runtime;

namespace Registry.Application.Intake;

/// <summary>The accepted case and where its workflow stands after the automatic steps ran.</summary>
/// <param name="Case">The case as saved.</param>
/// <param name="Instance">The workflow instance.</param>
public sealed record AcceptanceResult(RegistrationCase Case, WorkflowInstance Instance);
