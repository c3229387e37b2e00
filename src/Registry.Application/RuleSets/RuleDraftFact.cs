namespace Registry.Application.RuleSets;

/// <summary>A named fact of a rule (LocalParams).</summary>
/// <param name="Name">The placeholder name.</param>
/// <param name="Expression">Its expression over <c>f</c> and <c>m</c>.</param>
public sealed record RuleDraftFact(string Name, string Expression);
