using System.Collections.Concurrent;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;

namespace Registry.Rules.NRules;

/// <summary>
/// Session context of one batch of finished cases: which rule applies to which case (business type at the QC stage,
/// effective dates on the case's day), and the rules that fired or threw per case.
/// </summary>
internal sealed class SelfCheckSessionContext : SessionContext
{
    private readonly CompiledRule<FinishedCaseFacts>[] _rules;
    private readonly ConcurrentDictionary<string, bool[]> _byType;
    private readonly Dictionary<object, int> _caseIndex = new(ReferenceEqualityComparer.Instance);
    private string? _lastType;
    private FinishedCaseFacts? _lastFacts;
    private bool[]? _lastFactsApplicable;
    private bool[]? _lastApplicable;

    public SelfCheckSessionContext(MaterialsChecklist materials, CompiledRule<FinishedCaseFacts>[] rules, ConcurrentDictionary<string, bool[]> byType, IReadOnlyList<FinishedCaseFacts> cases)
        : base(materials)
    {
        _rules = rules;
        _byType = byType;
        for (var i = 0; i < cases.Count; i++)
        {
            _caseIndex[cases[i]] = i;
        }

        Problems = new List<(int Rule, Exception? Error)>?[cases.Count];
    }

    /// <summary>Per case: the rules that fired (Error null) or threw, in any order.</summary>
    public List<(int Rule, Exception? Error)>?[] Problems { get; }

    public override bool Applies(int rule, object facts)
    {
        // NRules takes one case through every rule's join in turn: look its business type up once per case.
        if (!ReferenceEquals(facts, _lastFacts))
        {
            _lastFacts = (FinishedCaseFacts)facts;
            _lastFactsApplicable = ApplicableFor(_lastFacts.BusinessType);
        }

        return _lastFactsApplicable![rule] && _rules[rule].InForceOn(_lastFacts.Today);
    }

    /// <summary>Per rule number: applies to the business type at the QC stage (dates not checked).</summary>
    public bool[] ApplicableFor(string businessType)
    {
        if (!ReferenceEquals(businessType, _lastType) || _lastApplicable is null)
        {
            _lastApplicable = _byType.GetOrAdd(businessType, static (t, rules) => [.. rules.Select(r => r.AppliesTo(t, RuleStage.QC))], _rules);
            _lastType = businessType;
        }

        return _lastApplicable;
    }

    public override void Fired(int rule, object facts, object? matched) => Add(facts, rule, null);

    public override void Failed(int rule, object? facts, Exception exception)
    {
        if (facts is not null)
        {
            Add(facts, rule, exception);
        }
    }

    private void Add(object facts, int rule, Exception? error)
    {
        if (_caseIndex.TryGetValue(facts, out var i))
        {
            (Problems[i] ??= []).Add((rule, error));
        }
    }
}
