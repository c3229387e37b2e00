using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;
using Registry.Rules.Loading;

namespace Registry.Rules.NRules;

/// <summary>
/// Runs the self-check sets (质检自检) in NRules sessions over batches of finished cases: a session per batch
/// (<see cref="BatchSize"/> cases), so session set-up is shared and memory is bounded by one batch whatever the number
/// of cases. Every rule is an alpha condition on one case (applicability per case, then the condition); a rule fires when its
/// condition fails. Problems are reported per case in rule order, as the reference evaluator does.
/// </summary>
internal sealed class NRulesSelfCheckRunner(CompiledEngine<FinishedCaseFacts> engine, MaterialsChecklist materials) : ISelfCheckRunner
{
    /// <summary>Cases per session.</summary>
    public const int BatchSize = 512;

    private readonly ConcurrentDictionary<string, bool[]> _byType = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<SelfCheckFinding> StreamAsync(IAsyncEnumerable<FinishedCaseFacts> cases, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var batch = new List<FinishedCaseFacts>(BatchSize);
        var buffer = new List<(FinishedCaseFacts Case, RuleFinding Finding)>();
        await foreach (var c in cases.WithCancellation(cancellationToken))
        {
            batch.Add(c);
            if (batch.Count == BatchSize)
            {
                buffer.Clear();
                Check(batch, (c, f) => buffer.Add((c, f)));
                batch.Clear();
                foreach (var (fc, f) in buffer)
                {
                    yield return new SelfCheckFinding(fc.CaseNo, f);
                }
            }
        }

        buffer.Clear();
        Check(batch, (c, f) => buffer.Add((c, f)));
        foreach (var (fc, f) in buffer)
        {
            yield return new SelfCheckFinding(fc.CaseNo, f);
        }
    }

    public async Task<SelfCheckReport> SummariseAsync(IAsyncEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var acc = new SelfCheckAccumulator(samplesPerCategory);
        var batch = new List<FinishedCaseFacts>(BatchSize);
        await foreach (var c in cases.WithCancellation(cancellationToken))
        {
            batch.Add(c);
            if (batch.Count == BatchSize)
            {
                Flush(batch, acc);
            }
        }

        Flush(batch, acc);
        return acc.ToReport();
    }

    public SelfCheckReport Summarise(IEnumerable<FinishedCaseFacts> cases, int samplesPerCategory = 100)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var acc = new SelfCheckAccumulator(samplesPerCategory);
        var batch = new List<FinishedCaseFacts>(BatchSize);
        foreach (var c in cases)
        {
            batch.Add(c);
            if (batch.Count == BatchSize)
            {
                Flush(batch, acc);
            }
        }

        Flush(batch, acc);
        return acc.ToReport();
    }

    /// <summary>Checks a batch; calls <paramref name="problem"/> for every failed or errored finding, case by case in rule order. Returns the number of rules evaluated.</summary>
    internal long Check(IReadOnlyList<FinishedCaseFacts> batch, Action<FinishedCaseFacts, RuleFinding> problem)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var context = new SelfCheckSessionContext(materials, engine.Rules, _byType, batch);
        var subjects = new List<object>(batch.Count);
        foreach (var c in batch)
        {
            subjects.Add(new Subject<FinishedCaseFacts>(context, c));
        }

        engine.Run(subjects);

        long evaluated = 0;
        for (var c = 0; c < batch.Count; c++)
        {
            var facts = batch[c];
            var applicable = context.ApplicableFor(facts.BusinessType);
            for (var i = 0; i < applicable.Length; i++)
            {
                if (applicable[i] && engine.Rules[i].InForceOn(facts.Today))
                {
                    evaluated++;
                }
            }

            if (context.Problems[c] is not { } list)
            {
                continue;
            }

            list.Sort((a, b) => a.Rule.CompareTo(b.Rule));
            for (var k = 0; k < list.Count; k++)
            {
                var (rule, error) = list[k];
                if (k > 0 && list[k - 1].Rule == rule)
                {
                    continue;
                }

                // An error recorded for the same rule wins over its firing: a rule that threw is never reported as decided.
                var thrown = error ?? list.Skip(k).TakeWhile(x => x.Rule == rule).Select(x => x.Error).FirstOrDefault(x => x is not null);
                problem(facts, engine.Rules[rule].Finding(facts, materials, passed: false, thrown is null ? null : CompiledRule<FinishedCaseFacts>.ExpressionError(thrown), null));
            }
        }

        return evaluated;
    }

    private void Flush(List<FinishedCaseFacts> batch, SelfCheckAccumulator acc)
    {
        var withProblems = new HashSet<FinishedCaseFacts>(ReferenceEqualityComparer.Instance);
        var evaluated = Check(batch, (c, f) =>
        {
            withProblems.Add(c);
            acc.AddFinding(c.CaseNo, f);
        });
        acc.AddCases(batch.Count, withProblems.Count, evaluated);
        batch.Clear();
    }
}
