using System.Linq.Expressions;

namespace Registry.Rules.NRules;

/// <summary>
/// A rule condition split for a join: it fails when <see cref="Guard"/> holds on the aggregate (null: always) and at
/// least one entry of <see cref="Source"/> satisfies <see cref="Match"/>.
/// </summary>
/// <param name="Source">The collection whose entries are joined.</param>
/// <param name="Guard">Condition on the aggregate (parameters of the original rule), or null.</param>
/// <param name="Element">The element parameter <see cref="Match"/> reads.</param>
/// <param name="Match">Condition on one entry; may also read the aggregate and the materials parameters.</param>
internal sealed record LiftedJoin(EntrySource Source, Expression? Guard, ParameterExpression Element, Expression Match);
