using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules;
using NRules.Extensibility;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Registry.Rules.Compilation;

namespace Registry.Rules.NRules;

/// <summary>
/// Builds one NRules rule per compiled rule through the canonical model (<see cref="RuleBuilder"/>) and compiles them
/// into a session factory. Every rule starts with the <see cref="Subject{TFacts}"/> under review; its condition is an
/// alpha condition on it that checks applicability (through the subject's <see cref="SessionContext"/>) before the
/// rule's own expression runs. A rule fires when its condition (true = pass) is false. Conflict rules over a register collection become joins with
/// the entries (<see cref="JoinLifter"/>): the rule fires once per conflicting entry.
/// </summary>
internal static class SessionFactoryBuilder
{
    /// <summary>The rule property holding the rule's global number in its <see cref="CompiledEngine{TFacts}"/>.</summary>
    public const string IndexProperty = "Index";

    /// <summary>The property of a derivation rule holding the number of the derived kind it infers.</summary>
    public const string DerivedProperty = "Derives";

    private const string Derived = "d";

    private const string Subj = "s";
    private const string Entry = "e";

    public static ISessionFactory Compile(IEnumerable<IRuleDefinition> rules)
    {
        var compiler = new RuleCompiler { ExpressionCompiler = new FastCompiler() };
        return compiler.Compile(rules);
    }

    /// <summary>
    /// Builds the rule that infers derived kind <paramref name="kind"/> (forward chaining): for the subject under review,
    /// when some applicable rule reads the kind, each entry of its collection that matches inserts a
    /// <see cref="DerivedFact"/> linked to the match, so it is retracted with the entry when the run ends.
    /// </summary>
    public static IRuleDefinition BuildDerivation<TFacts>(CompiledDerived derived, int kind)
        where TFacts : class
    {
        var builder = new RuleBuilder();
        builder.Name($"derive {derived.Definition.Name}.{derived.Definition.Kind}");
        builder.Property(DerivedProperty, kind);
        var lhs = builder.LeftHandSide();

        var subjectType = typeof(Subject<TFacts>);
        var s = Expression.Parameter(subjectType, Subj);
        var ctx = Expression.Property(s, nameof(Subject<TFacts>.Context));
        var f = Expression.Property(s, nameof(Subject<TFacts>.Facts));
        var materials = Expression.Property(ctx, nameof(SessionContext.Materials));
        var derives = Expression.Call(ctx, typeof(SessionContext).GetMethod(nameof(SessionContext.Derives))!, Expression.Constant(kind));
        lhs.Pattern(subjectType, Subj).Condition(Expression.Lambda(derives, s));

        var join = derived.Join;
        var e = EntryPattern(lhs, join, s, f, materials, derived.Roots);

        var context = Expression.Parameter(typeof(IContext), "context");
        var fact = Expression.New(typeof(DerivedFact).GetConstructors()[0],
            Expression.Constant(kind), Expression.Constant(derived.Definition.Name), Expression.Constant(derived.Definition.Kind),
            Expression.Convert(f, typeof(object)), Expression.Convert(e, typeof(IEntryFact)));
        var insert = Expression.Call(context, typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!, Expression.Constant(Derived, typeof(object)), fact);
        builder.RightHandSide().Action(Expression.Lambda(insert, context, s, e));
        return builder.Build();
    }

    /// <summary>
    /// Builds the NRules definition of rule number <paramref name="index"/>; <paramref name="reads"/> ≥ 0: the rule's join
    /// is that derived kind's, so it matches the derived facts instead of the entries.
    /// </summary>
    public static IRuleDefinition Build<TFacts>(CompiledRule<TFacts> rule, int index, LiftedJoin? join, int reads = -1)
        where TFacts : class
    {
        var builder = new RuleBuilder();
        // Unique per version: a rule may have several versions in force on different dates.
        builder.Name(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rule.Definition.Code} v{rule.Definition.Version}"));
        builder.Property(IndexProperty, index);
        var lhs = builder.LeftHandSide();

        var subjectType = typeof(Subject<TFacts>);
        var s = Expression.Parameter(subjectType, Subj);
        var ctx = Expression.Property(s, nameof(Subject<TFacts>.Context));
        var f = Expression.Property(s, nameof(Subject<TFacts>.Facts));
        var materials = Expression.Property(ctx, nameof(SessionContext.Materials));
        var original = rule.PredicateExpression;

        // One alpha condition on the subject: applicability first (a rule that does not apply never evaluates its
        // expression), then the rule's own condition. A rule on the aggregate is this pattern alone, with no join.
        var applies = Expression.Call(ctx, typeof(SessionContext).GetMethod(nameof(SessionContext.Applies))!, Expression.Constant(index), Expression.Convert(f, typeof(object)));
        Expression condition = join is null
            ? Expression.AndAlso(applies, Expression.Not(Call(original, f, materials)))
            : join.Guard is null ? applies : Expression.AndAlso(applies, Call(Expression.Lambda(join.Guard, original.Parameters), f, materials));
        lhs.Pattern(subjectType, Subj).Condition(Expression.Lambda(condition, s));

        Expression matchedArgument = Expression.Constant(null, typeof(object));
        var actionParameters = new List<ParameterExpression> { Expression.Parameter(typeof(IContext), "context"), s };
        if (join is not null && reads >= 0)
        {
            // Forward chaining: the derived fact the kind's rule inferred for this subject, naming its entry.
            // The kind alone is an alpha condition (NRules tests it once per derived fact, not per join); the owner joins.
            var d = Expression.Parameter(typeof(DerivedFact), Derived);
            var derivedPattern = lhs.Pattern(typeof(DerivedFact), Derived);
            derivedPattern.Condition(Expression.Lambda(Expression.Equal(Expression.Property(d, nameof(DerivedFact.Kind)), Expression.Constant(reads)), d));
            derivedPattern.Condition(Expression.Lambda(
                Expression.ReferenceEqual(Expression.Property(d, nameof(DerivedFact.Owner)), Expression.Convert(f, typeof(object))), d, s));
            actionParameters.Add(d);
            matchedArgument = Expression.Convert(Expression.Property(d, nameof(DerivedFact.Entry)), typeof(object));
        }
        else if (join is not null)
        {
            // A plain join: the rule fires once per matching entry (each activation names its entry); the session
            // context collects them. Cheaper than the Collect aggregate tried first (full review p50 136 µs against 167 µs
            // in the same benchmark at the same load), which builds a result for every case even when nothing matches.
            var e = EntryPattern(lhs, join, s, f, materials, original.Parameters);
            actionParameters.Add(e);
            matchedArgument = Expression.Convert(e, typeof(object));
        }

        var fire = Expression.Call(ctx, typeof(SessionContext).GetMethod(nameof(SessionContext.Fired))!, Expression.Constant(index), Expression.Convert(f, typeof(object)), matchedArgument);
        builder.RightHandSide().Action(Expression.Lambda(fire, actionParameters));
        return builder.Build();
    }

    // The pattern on the entries of the join's collection that match for the subject s (same owner, the join's condition
    // on the entry; `roots` are the f and m parameters the condition reads).
    private static ParameterExpression EntryPattern(GroupBuilder lhs, LiftedJoin join, ParameterExpression s, Expression f, Expression materials, IReadOnlyList<ParameterExpression> roots)
    {
        var entryType = join.Source.FactType;
        var entryPattern = lhs.Pattern(entryType, Entry);
        var e = Expression.Parameter(entryType, Entry);
        entryPattern.Condition(Expression.Lambda(
            Expression.Equal(Expression.Property(e, nameof(IEntryFact.Source)), Expression.Constant(join.Source.Path)), e));
        var match = Expression.Lambda(join.Match, join.Element, roots[0], roots[1]);
        var sameOwner = Expression.ReferenceEqual(Expression.Property(e, nameof(IEntryFact.Owner)), Expression.Convert(f, typeof(object)));
        entryPattern.Condition(Expression.Lambda(Expression.AndAlso(sameOwner, Call(match, Expression.Property(e, nameof(IEntryFact.Value)), f, materials)), e, s));
        return e;
    }

    /// <summary>
    /// Compiles a piece of the rule's own expression into a delegate with FastExpressionCompiler and returns a call to
    /// it. The rule text's nested lambdas stay inside our delegate: FastExpressionCompiler mis-compiled them (a
    /// NullReferenceException in REG-COOWNED-QUORUM) once NRules had rewritten their outer parameters, and NRules then
    /// only compiles a short condition around the call.
    /// </summary>
    private static InvocationExpression Call(LambdaExpression lambda, params Expression[] arguments)
    {
        var compiled = lambda.CompileFast(ifFastFailedReturnNull: true) ?? lambda.Compile();
        return Expression.Invoke(Expression.Constant(compiled, lambda.Type), arguments);
    }

    /// <summary>NRules compiles conditions and actions with FastExpressionCompiler, falling back to the built-in compiler.</summary>
    private sealed class FastCompiler : IExpressionCompiler
    {
        public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
            where TDelegate : Delegate =>
            expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
    }
}
