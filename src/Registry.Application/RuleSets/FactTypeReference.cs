namespace Registry.Application.RuleSets;

/// <summary>A fact type and its properties, as the reference panel lists them.</summary>
/// <param name="Name">The type (the root is shown as <c>f: ReviewFacts</c>).</param>
/// <param name="Properties">Its properties.</param>
public sealed record FactTypeReference(string Name, IReadOnlyList<FactPropertyReference> Properties);
