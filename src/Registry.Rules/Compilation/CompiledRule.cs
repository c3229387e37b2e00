using Registry.Application.Review;
using Registry.Rules.Functions;
using Registry.Rules.Loading;

namespace Registry.Rules.Compilation;

/// <summary>A rule compiled into delegates: the predicate, its named facts and its message templates.</summary>
internal sealed class CompiledRule<TFacts>
{
    public CompiledRule(RuleDefinition definition, string ruleSet, Func<TFacts, MaterialsChecklist, bool> predicate,
        string[] factNames, Func<TFacts, MaterialsChecklist, object?>[] facts)
    {
        Definition = definition;
        RuleSet = ruleSet;
        Predicate = predicate;
        FactNames = factNames;
        Facts = facts;
        MessageZh = new MessageTemplate(definition.MessageZh, factNames);
        MessageEn = new MessageTemplate(definition.MessageEn, factNames);
    }

    public RuleDefinition Definition { get; }

    public string RuleSet { get; }

    public Func<TFacts, MaterialsChecklist, bool> Predicate { get; }

    public string[] FactNames { get; }

    public Func<TFacts, MaterialsChecklist, object?>[] Facts { get; }

    public MessageTemplate MessageZh { get; }

    public MessageTemplate MessageEn { get; }

    public bool InForceOn(DateOnly day) =>
        Definition.EffectiveFrom <= day && (Definition.EffectiveUntil is null || day <= Definition.EffectiveUntil.Value);

    public bool AppliesTo(string businessType, RuleStage stage) =>
        Definition.Stages.Contains(stage)
        && Definition.BusinessTypes.Any(p => BusinessTypes.Matches(businessType, p))
        && !Definition.ExcludeTypes.Any(p => BusinessTypes.Matches(businessType, p));

    /// <summary>Evaluates the rule with its explanation. Anything thrown becomes an Error finding, never a pass.</summary>
    public RuleFinding Evaluate(TFacts facts, MaterialsChecklist materials)
    {
        var d = Definition;
        var values = new string?[Facts.Length];
        string? error = null;
        bool ok = false;
        try
        {
            ok = Predicate(facts, materials);
        }
#pragma warning disable CA1031 // A rule's failure to evaluate must become a finding, whatever it threw.
        catch (Exception ex)
        {
            error = $"expression: {ex.GetType().Name}: {ex.Message}";
        }

        var factValues = new FactValue[Facts.Length];
        for (var i = 0; i < Facts.Length; i++)
        {
            try
            {
                values[i] = FactFormatter.Format(Facts[i](facts, materials));
            }
            catch (Exception ex)
            {
                values[i] = $"<error: {ex.GetType().Name}>";
                error ??= $"fact {FactNames[i]}: {ex.GetType().Name}: {ex.Message}";
            }
#pragma warning restore CA1031

            factValues[i] = new FactValue(FactNames[i], values[i]);
        }

        var outcome = error is not null ? RuleOutcome.Error : ok ? RuleOutcome.Pass : RuleOutcome.Fail;
        return new RuleFinding
        {
            RuleCode = d.Code,
            Reference = d.Reference,
            RuleVersion = d.Version,
            RuleSet = RuleSet,
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
