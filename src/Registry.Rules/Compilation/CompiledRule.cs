using System.Linq.Expressions;
using Registry.Application.Review;
using Registry.Rules.Functions;
using Registry.Rules.Loading;

namespace Registry.Rules.Compilation;

/// <summary>A parsed rule: its condition (which NRules compiles), its named facts compiled into delegates and its message templates.</summary>
internal sealed class CompiledRule<TFacts>
{
    public CompiledRule(RuleDefinition definition, string ruleSet, Expression<Func<TFacts, MaterialsChecklist, bool>> predicateExpression,
        string[] factNames, Func<TFacts, MaterialsChecklist, object?>[] facts)
    {
        Definition = definition;
        RuleSet = ruleSet;
        PredicateExpression = predicateExpression;
        FactNames = factNames;
        Facts = facts;
        MessageZh = new MessageTemplate(definition.MessageZh, factNames);
        MessageEn = new MessageTemplate(definition.MessageEn, factNames);
    }

    public RuleDefinition Definition { get; }

    public string RuleSet { get; }

    /// <summary>Version of the rule set this rule was compiled in (recorded on every finding).</summary>
    public int RuleSetVersion { get; init; }

    /// <summary>The parsed condition (<c>true</c> = pass), from which the NRules conditions are built.</summary>
    public Expression<Func<TFacts, MaterialsChecklist, bool>> PredicateExpression { get; }

    public string[] FactNames { get; }

    public Func<TFacts, MaterialsChecklist, object?>[] Facts { get; }

    public MessageTemplate MessageZh { get; }

    public MessageTemplate MessageEn { get; }

    /// <summary>
    /// The day that picks the review rules (and the version of a rule) a case is reviewed under: the day it was accepted,
    /// in the office's time (the facts carry China time). A case accepted before a change finishes under the rule it was
    /// accepted under, even if reviewed after the change. (The self-check runs the rules in force on the day it checks:
    /// it applies today's standard to work already in the register, including cases accepted before the rules existed.)
    /// </summary>
    public static DateOnly RuleDay(DateTimeOffset acceptedAt) => DateOnly.FromDateTime(acceptedAt.DateTime);

    public bool InForceOn(DateOnly day) =>
        Definition.EffectiveFrom <= day && (Definition.EffectiveUntil is null || day <= Definition.EffectiveUntil.Value);

    public bool AppliesTo(string businessType, RuleStage stage) =>
        Definition.Stages.Contains(stage)
        && Definition.BusinessTypes.Any(p => BusinessTypes.Matches(businessType, p))
        && !Definition.ExcludeTypes.Any(p => BusinessTypes.Matches(businessType, p));

    /// <summary>The text recorded when the condition threw <paramref name="ex"/>.</summary>
    public static string ExpressionError(Exception ex) => $"expression: {ex.GetType().Name}: {ex.Message}";

    /// <summary>
    /// Builds the explained finding for an outcome decided by an NRules session:
    /// evaluates the named facts, renders the messages for a failure or error, and appends <paramref name="matched"/>
    /// (the register entries a join matched) to the explanation.
    /// </summary>
    public RuleFinding Finding(TFacts facts, MaterialsChecklist materials, bool passed, string? error, IReadOnlyList<FactValue>? matched)
    {
        var d = Definition;
        var values = new string?[Facts.Length];
        var factValues = new FactValue[Facts.Length + (matched?.Count ?? 0)];
        for (var i = 0; i < Facts.Length; i++)
        {
            try
            {
                values[i] = FactFormatter.Format(Facts[i](facts, materials));
            }
#pragma warning disable CA1031 // A named fact that throws makes the finding an Error, whatever it threw.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                values[i] = $"<error: {ex.GetType().Name}>";
                error ??= $"fact {FactNames[i]}: {ex.GetType().Name}: {ex.Message}";
            }

            factValues[i] = new FactValue(FactNames[i], values[i]);
        }

        for (var i = 0; i < (matched?.Count ?? 0); i++)
        {
            factValues[Facts.Length + i] = matched![i];
        }

        var outcome = error is not null ? RuleOutcome.Error : passed ? RuleOutcome.Pass : RuleOutcome.Fail;
        return new RuleFinding
        {
            RuleCode = d.Code,
            Reference = d.Reference,
            RuleVersion = d.Version,
            RuleSet = RuleSet,
            RuleSetVersion = RuleSetVersion,
            Category = d.Category,
            Severity = d.Severity,
            Outcome = outcome,
            NameZh = d.NameZh,
            MessageZh = outcome == RuleOutcome.Pass ? null
                : outcome == RuleOutcome.Error ? $"规则 {d.Code}（{d.NameZh}）无法评估，须人工审核：{error}" : MessageZh.Render(values),
            MessageEn = outcome == RuleOutcome.Pass ? null
                : outcome == RuleOutcome.Error ? $"Rule {d.Code} ({d.NameEn}) could not be evaluated; manual review required: {error}" : MessageEn.Render(values),
            Facts = factValues,
            Error = error,
        };
    }
}
