using System.Linq.Expressions;

namespace Registry.Rules.NRules;

/// <summary>Replaces parameters of an expression with other expressions.</summary>
internal sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> map) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
        new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [from] = to }).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var to) ? to : node;
}
