using System.Linq.Expressions;

namespace Registry.Rules.NRules;

/// <summary>
/// Turns a rule condition whose failure is "some register entry conflicts" into a join. A condition (true = pass) of
/// the form <c>d1 || … || !f.Unit.Seizures.Any(z =&gt; Q(z, f)) || … || dn</c> fails exactly when
/// <c>!d1 &amp;&amp; … &amp;&amp; !dn</c> (the other disjuncts: the guard on the aggregate) and some entry satisfies
/// <c>Q</c> — so the failure is a join of the case with the entries, and the finding can name the entries matched.
/// <c>coll.All(q)</c> and <c>coll.Where(p).All(q)</c> (fail: some entry with <c>p &amp;&amp; !q</c>) and
/// <c>!coll.Where(p).Any(q)</c> are recognised too. Anything else stays one pattern on the aggregate: the rule text
/// is never changed, only how NRules matches it.
/// </summary>
internal static class JoinLifter
{
    /// <summary>Tries to lift; null when the condition has no liftable conflict over a known source.</summary>
    public static LiftedJoin? TryLift(LambdaExpression predicate, IReadOnlyList<EntrySource> sources)
    {
        var root = predicate.Parameters[0];
        var disjuncts = new List<Expression>();
        Flatten(predicate.Body, disjuncts);
        for (var i = 0; i < disjuncts.Count; i++)
        {
            if (TryConflict(disjuncts[i], root, sources) is not { } conflict)
            {
                continue;
            }

            Expression? guard = null;
            for (var j = 0; j < disjuncts.Count; j++)
            {
                if (j != i)
                {
                    var not = Expression.Not(disjuncts[j]);
                    guard = guard is null ? not : Expression.AndAlso(guard, not);
                }
            }

            return new LiftedJoin(conflict.Source, guard, conflict.Element, conflict.Match);
        }

        return null;
    }

    private static void Flatten(Expression e, List<Expression> into)
    {
        if (e.NodeType is ExpressionType.OrElse && e is BinaryExpression b)
        {
            Flatten(b.Left, into);
            Flatten(b.Right, into);
        }
        else
        {
            into.Add(e);
        }
    }

    // A disjunct whose falsity means "an entry of a known source matches": !Any(coll, q), !Any(Where(coll, p), q),
    // All(coll, q), All(Where(coll, p), q).
    private static (EntrySource Source, ParameterExpression Element, Expression Match)? TryConflict(Expression d, ParameterExpression root, IReadOnlyList<EntrySource> sources)
    {
        bool negate;
        MethodCallExpression call;
        if (d is UnaryExpression { NodeType: ExpressionType.Not, Operand: MethodCallExpression any } && IsEnumerable(any, "Any"))
        {
            negate = false;
            call = any;
        }
        else if (d is MethodCallExpression all && IsEnumerable(all, "All") && all.Arguments.Count == 2)
        {
            negate = true;
            call = all;
        }
        else
        {
            return null;
        }

        var collection = call.Arguments[0];
        Expression? filter = null;
        ParameterExpression? element = null;
        if (collection is MethodCallExpression where && IsEnumerable(where, "Where") && where.Arguments[1] is LambdaExpression { Parameters.Count: 1 } wl)
        {
            collection = where.Arguments[0];
            element = wl.Parameters[0];
            filter = wl.Body;
        }

        var source = sources.FirstOrDefault(s => s.IsPathOn(collection, root));
        if (source is null)
        {
            return null;
        }

        element ??= Expression.Parameter(source.ElementType, "z");
        Expression? test = null;
        if (call.Arguments.Count == 2)
        {
            if (call.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } ql || ql.Parameters[0].Type != source.ElementType)
            {
                return null;
            }

            var body = ParameterReplacer.Replace(ql.Body, ql.Parameters[0], element);
            test = negate ? Expression.Not(body) : body;
        }

        var match = (filter, test) switch
        {
            (null, null) => Expression.Constant(true),
            (null, { } t) => t,
            ({ } f, null) => f,
            ({ } f, { } t) => Expression.AndAlso(f, t),
        };
        return (source, element, match);
    }

    private static bool IsEnumerable(MethodCallExpression call, string name) =>
        call.Method.DeclaringType == typeof(Enumerable) && call.Method.Name == name;
}
