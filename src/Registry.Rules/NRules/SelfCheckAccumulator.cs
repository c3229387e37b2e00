using Registry.Application.Review;
using Registry.Rules.Loading;

namespace Registry.Rules.NRules;

/// <summary>Counts self-check problems per category and keeps a bounded sample of each.</summary>
internal sealed class SelfCheckAccumulator(int samples)
{
    private readonly Dictionary<string, (long Fail, long Error, List<SelfCheckFinding> Samples)> _byCategory =
        RuleSetParser.SelfCheckCategories.ToDictionary(c => c, _ => (0L, 0L, new List<SelfCheckFinding>()), StringComparer.Ordinal);

    private long _cases;
    private long _withFindings;
    private long _evaluated;

    public void AddCases(long cases, long withFindings, long evaluated)
    {
        _cases += cases;
        _withFindings += withFindings;
        _evaluated += evaluated;
    }

    public void AddFinding(string caseNo, RuleFinding f)
    {
        var (fail, error, list) = _byCategory[f.Category];
        if (f.Outcome == RuleOutcome.Error)
        {
            error++;
        }
        else
        {
            fail++;
        }

        if (list.Count < samples)
        {
            list.Add(new SelfCheckFinding(caseNo, f));
        }

        _byCategory[f.Category] = (fail, error, list);
    }

    public SelfCheckReport ToReport() => new(
        _cases,
        _withFindings,
        _evaluated,
        [.. RuleSetParser.SelfCheckCategories.Select(c => new SelfCheckCategorySummary(c, _byCategory[c].Fail, _byCategory[c].Error, _byCategory[c].Samples))]);
}
