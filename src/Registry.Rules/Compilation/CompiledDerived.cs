using Registry.Rules.Loading;
using Registry.Rules.NRules;

namespace Registry.Rules.Compilation;

/// <summary>A derived fact's kind, compiled: the join over a register collection whose matches produce it.</summary>
/// <param name="Definition">As written.</param>
/// <param name="Join">The entries that produce the fact (no guard: it holds whatever the case).</param>
/// <param name="Roots">The f and m parameters the join's condition reads.</param>
internal sealed record CompiledDerived(DerivedFactDefinition Definition, LiftedJoin Join, IReadOnlyList<System.Linq.Expressions.ParameterExpression> Roots);
