using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using FastExpressionCompiler;
using Registry.Rules.Loading;
using Registry.Rules.NRules;

namespace Registry.Rules.Compilation;

/// <summary>
/// Parses rule expressions with System.Linq.Dynamic.Core and our custom types into typed lambdas over (f, m). The NRules
/// session factories are built from those lambdas (<c>NRules/SessionFactoryBuilder</c>, which compiles the conditions);
/// FastExpressionCompiler compiles the named facts into plain delegates here.
/// </summary>
internal sealed class RuleExpressionCompiler
{
    private readonly ParsingConfig _config = ExpressionParsing.CreateConfig();

    public CompiledRuleSet<TFacts>? Compile<TFacts>(RuleSetDefinition set, List<RuleSetValidationError> errors)
    {
        var start = errors.Count;
        var compiled = new List<CompiledRule<TFacts>>(set.Rules.Count);
        foreach (var rule in set.Rules)
        {
            var f = Expression.Parameter(typeof(TFacts), ExpressionParsing.FactsParameter);
            var m = Expression.Parameter(typeof(MaterialsChecklist), ExpressionParsing.MaterialsParameter);
            var predicate = Parse<TFacts, bool>(rule.Expression, f, m, typeof(bool), set.File, rule.Code, "Expression", errors);
            var facts = new Func<TFacts, MaterialsChecklist, object?>[rule.Facts.Count];
            var ok = true;
            for (var i = 0; i < rule.Facts.Count; i++)
            {
                var fact = Parse<TFacts, object?>(rule.Facts[i].Expression, f, m, null, set.File, rule.Code, $"LocalParams.{rule.Facts[i].Name}", errors);
                ok &= fact is not null;
                facts[i] = fact is null ? null! : Compile(fact);
            }

            if (predicate is not null && ok)
            {
                compiled.Add(new CompiledRule<TFacts>(rule, set.Name, predicate, [.. rule.Facts.Select(x => x.Name)], facts) { RuleSetVersion = set.Version });
            }
        }

        var derived = new List<CompiledDerived>();
        foreach (var d in set.Derived)
        {
            var f = Expression.Parameter(typeof(TFacts), ExpressionParsing.FactsParameter);
            var m = Expression.Parameter(typeof(MaterialsChecklist), ExpressionParsing.MaterialsParameter);
            var where = $"Derived.{d.Name}.{d.Kind}";
            if (Parse<TFacts, bool>(d.Exists, f, m, typeof(bool), set.File, null, where, errors) is not { } exists)
            {
                continue;
            }

            // "Some entry matches" is a rule that fails when it does: lifted, it is the join that produces the fact.
            var join = typeof(TFacts) == typeof(Application.Review.Facts.ReviewFacts)
                ? JoinLifter.TryLift(Expression.Lambda(Expression.Not(exists.Body), exists.Parameters), ReviewEntrySources.All)
                : null;
            if (join is null || join.Guard is not null)
            {
                errors.Add(new RuleSetValidationError(set.File, null,
                    $"{where}: Exists must be f.<register collection>.Any(e => condition), e.g. f.Unit.Seizures.Any(z => z.IsEffectiveOn(f.Today))."));
                continue;
            }

            derived.Add(new CompiledDerived(d, join, exists.Parameters));
        }

        return errors.Count == start ? new CompiledRuleSet<TFacts>(set, compiled, derived) : null;
    }

    private static Func<TFacts, MaterialsChecklist, TResult> Compile<TFacts, TResult>(Expression<Func<TFacts, MaterialsChecklist, TResult>> typed) =>
        typed.CompileFast(ifFastFailedReturnNull: true) ?? typed.Compile();

    /// <summary>Parses one expression into a typed lambda over (f, m); the NRules compiler builds its conditions from it.</summary>
    private Expression<Func<TFacts, MaterialsChecklist, TResult>>? Parse<TFacts, TResult>(string text, ParameterExpression f, ParameterExpression m,
        Type? resultType, string file, string? code, string where, List<RuleSetValidationError> errors)
    {
        try
        {
            var lambda = DynamicExpressionParser.ParseLambda(_config, false, [f, m], resultType, text);
            var body = lambda.Body.Type == typeof(TResult) ? lambda.Body : Expression.Convert(lambda.Body, typeof(TResult));
            return Expression.Lambda<Func<TFacts, MaterialsChecklist, TResult>>(body, f, m);
        }
        catch (ParseException ex)
        {
            errors.Add(new RuleSetValidationError(file, code, $"{where} does not compile: {ex.Message}", ex.Position) { DetailZh = ParseErrorText.Zh(ex.Message) });
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            errors.Add(new RuleSetValidationError(file, code, $"{where} does not compile: {ex.Message}") { DetailZh = ParseErrorText.Zh(ex.Message) });
        }

        return null;
    }
}
