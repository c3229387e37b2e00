using System.Runtime.CompilerServices;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;
using Registry.Rules.Loading;

namespace Registry.Rules.Evaluation;

/// <summary>
/// Runs the self-check sets over finished cases one at a time: only the current case and the bounded samples are held,
/// so memory does not grow with the number of cases.
/// </summary>
internal sealed class CompiledSelfCheckRunner(RuleSetCatalogue catalogue) : ISelfCheckRunner
{
    public async IAsyncEnumerable<SelfCheckFinding> StreamAsync(IAsyncEnumerable<FinishedCaseFacts> cases, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var buffer = new List<RuleFinding>();
        await foreach (var c in cases.WithCancellation(cancellationToken))
        {
            buffer.Clear();
            Check(c, buffer);
            foreach (var f in buffer)
            {
                yield return new SelfCheckFinding(c.CaseNo, f);
            }
        }
    }

    public async Task<SelfCheckReport> SummariseAsync(IAsyncEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var acc = new Accumulator(samplesPerCategory);
        await foreach (var c in cases.WithCancellation(cancellationToken))
        {
            acc.Add(c, this);
        }

        return acc.ToReport();
    }

    public SelfCheckReport Summarise(IEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var acc = new Accumulator(samplesPerCategory);
        foreach (var c in cases)
        {
            acc.Add(c, this);
        }

        return acc.ToReport();
    }

    /// <summary>Adds the failed or errored findings for one case; returns the number of rules evaluated.</summary>
    internal int Check(FinishedCaseFacts c, List<RuleFinding> problems)
    {
        var evaluated = 0;
        foreach (var set in catalogue.SelfCheckSets)
        {
            foreach (var rule in set.Applicable(RuleStage.QC, c.BusinessType))
            {
                if (!rule.InForceOn(c.Today))
                {
                    continue;
                }

                evaluated++;
                if (TryPass(rule, c))
                {
                    continue;
                }

                problems.Add(rule.Evaluate(c, catalogue.Materials));
            }
        }

        return evaluated;
    }

    // Fast path: most rules pass on most cases, so run the bare predicate first and build the explained finding
    // (facts, messages) only for failures and errors.
    private bool TryPass(CompiledRule<FinishedCaseFacts> rule, FinishedCaseFacts c)
    {
        try
        {
            return rule.Predicate(c, catalogue.Materials);
        }
#pragma warning disable CA1031 // An exception is re-evaluated into an Error finding below.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private sealed class Accumulator(int samples)
    {
        private readonly Dictionary<string, (long Fail, long Error, List<SelfCheckFinding> Samples)> _byCategory =
            RuleSetParser.SelfCheckCategories.ToDictionary(c => c, _ => (0L, 0L, new List<SelfCheckFinding>()), StringComparer.Ordinal);

        private readonly List<RuleFinding> _buffer = [];
        private long _cases;
        private long _withFindings;
        private long _evaluated;

        public void Add(FinishedCaseFacts c, CompiledSelfCheckRunner runner)
        {
            _cases++;
            _buffer.Clear();
            _evaluated += runner.Check(c, _buffer);
            if (_buffer.Count > 0)
            {
                _withFindings++;
            }

            foreach (var f in _buffer)
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
                    list.Add(new SelfCheckFinding(c.CaseNo, f));
                }

                _byCategory[f.Category] = (fail, error, list);
            }
        }

        public SelfCheckReport ToReport() => new(
            _cases,
            _withFindings,
            _evaluated,
            [.. RuleSetParser.SelfCheckCategories.Select(c => new SelfCheckCategorySummary(c, _byCategory[c].Fail, _byCategory[c].Error, _byCategory[c].Samples))]);
    }
}
