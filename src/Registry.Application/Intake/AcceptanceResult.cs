using Registry.Domain.Cases;
using Registry.Workflows.Runtime;

namespace Registry.Application.Intake;

/// <summary>The accepted case and where its workflow stands after the automatic steps ran.</summary>
/// <param name="Case">The case as saved.</param>
/// <param name="Instance">The workflow instance.</param>
public sealed record AcceptanceResult(RegistrationCase Case, WorkflowInstance Instance)
{
    /// <summary>The applicant's query code (查询码) for the progress page, shown only now; null when codes are not stored.</summary>
    public string? QueryCode { get; init; }
}
