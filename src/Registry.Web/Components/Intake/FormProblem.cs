using Registry.Application.Intake;

namespace Registry.Web.Components.Intake;

/// <summary>A problem at a field of the acceptance form.</summary>
/// <param name="Field">Field key (<c>parties[0].idNumber</c>, <c>materials</c>, <c>facts.declaredPrice</c>…).</param>
/// <param name="Kind">What is wrong.</param>
public sealed record FormProblem(string Field, FormProblemKind Kind)
{
    /// <summary>For an ID problem: where and what.</summary>
    public IdNumberCheck? Id { get; init; }

    /// <summary>For missing materials: their codes.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>For a service problem: its message (English; shown only when the code has no text).</summary>
    public string? Message { get; init; }

    /// <summary>For a service problem: what kind, so the page says it in the UI culture.</summary>
    public AcceptanceProblemCode Code { get; init; }

    /// <summary>For a service problem: the values its text names.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];
}
