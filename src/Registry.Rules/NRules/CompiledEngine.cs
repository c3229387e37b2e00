using System.Collections.Concurrent;
using NRules;
using NRules.Diagnostics;
using Registry.Application.Review;
using Registry.Rules.Compilation;

namespace Registry.Rules.NRules;

/// <summary>
/// The rule sets of one kind compiled into one NRules session factory. Rule numbers are global across the sets, in
/// set order then rule order, which is also the order findings are reported in. The factory is thread-safe; sessions
/// are not: a run takes one from a bounded pool and returns it empty, so no two runs share a session.
/// <para>
/// Besides the factory of every rule, each stage gets a factory of only the rules that declare it (and the derivations
/// they read): inserting and retracting a fact walks every alpha node of the network, so a review run on a factory of
/// all the review rules paid for the rules of the other stages too.
/// </para>
/// </summary>
/// <typeparam name="TFacts">ReviewFacts or FinishedCaseFacts.</typeparam>
internal sealed class CompiledEngine<TFacts>
    where TFacts : class
{
    private readonly ConcurrentDictionary<(int Set, RuleStage Stage, string Type), int[]> _applicable = new();
    private readonly SessionPool _all;
    private readonly Dictionary<RuleStage, SessionPool> _byStage = [];

    public CompiledEngine(IReadOnlyList<CompiledRuleSet<TFacts>> sets, IReadOnlyList<EntrySource> sources)
    {
        Sets = sets;
        Sources = sources;
        var rules = new List<CompiledRule<TFacts>>();
        var offsets = new int[sets.Count];
        for (var s = 0; s < sets.Count; s++)
        {
            offsets[s] = rules.Count;
            rules.AddRange(sets[s].Rules);
        }

        Rules = [.. rules];
        Offsets = offsets;
        Joins = [.. Rules.Select(r => sources.Count == 0 ? null : JoinLifter.TryLift(r.PredicateExpression, sources))];

        // Forward chaining: a rule whose join is exactly a derived kind's (same collection, same entry condition) reads
        // the derived fact instead of repeating the join; the kind's own rule infers it once per review.
        Derived = [.. sets.SelectMany(s => s.Derived).Where(d => sources.Contains(d.Join.Source))];
        Reads = [.. Joins.Select(j => j is null ? -1 : Array.FindIndex(Derived, d => SameJoin(d.Join, j)))];
        Readers = [.. Derived.Select((_, k) => Enumerable.Range(0, Rules.Length).Where(i => Reads[i] == k).ToArray())];
        Factory = Compile(_ => true);
        _all = new SessionPool(this, Factory);
        foreach (var stage in Rules.SelectMany(r => r.Definition.Stages).Distinct())
        {
            _byStage[stage] = new SessionPool(this, Compile(i => Rules[i].Definition.Stages.Contains(stage)));
        }

        InsertedSources = [.. sources.Where(s => Joins.Any(j => j?.Source == s))];
        SourceOf = [.. Joins.Select(j => j is null ? -1 : InsertedSources.IndexOf(j.Source))];
    }

    /// <summary>The derived facts' kinds (forward chaining), numbered in set order.</summary>
    public CompiledDerived[] Derived { get; }

    /// <summary>Per rule: the derived kind it reads instead of its own join, or -1.</summary>
    public int[] Reads { get; }

    /// <summary>Per derived kind: the rules that read it.</summary>
    public int[][] Readers { get; }

    /// <summary>Per rule: the position in <see cref="InsertedSources"/> of the collection it joins on, or -1.</summary>
    public int[] SourceOf { get; }

    /// <summary>
    /// The sources whose entries are inserted into a session: those at least one rule joins on. Entries of a collection
    /// no rule reads as facts would match nothing and only cost the insert.
    /// </summary>
    public EntrySource[] InsertedSources { get; }

    public IReadOnlyList<CompiledRuleSet<TFacts>> Sets { get; }

    /// <summary>Collections inserted as separate facts (empty: only the aggregate is inserted).</summary>
    public IReadOnlyList<EntrySource> Sources { get; }

    public CompiledRule<TFacts>[] Rules { get; }

    /// <summary>Global number of each set's first rule.</summary>
    public int[] Offsets { get; }

    /// <summary>Per rule: the join it was lifted to, or null for one pattern on the aggregate.</summary>
    public LiftedJoin?[] Joins { get; }

    public ISessionFactory Factory { get; }

    // The derivations some included rule reads, then the included rules, all under their global numbers.
    private ISessionFactory Compile(Func<int, bool> includes)
    {
        var rules = Enumerable.Range(0, Rules.Length).Where(includes).ToList();
        var derived = rules.Where(i => Reads[i] >= 0).Select(i => Reads[i]).ToHashSet();
        return SessionFactoryBuilder.Compile(
            Derived.Select((d, k) => (d, k)).Where(x => derived.Contains(x.k)).Select(x => SessionFactoryBuilder.BuildDerivation<TFacts>(x.d, x.k))
                .Concat(rules.Select(i => SessionFactoryBuilder.Build(Rules[i], i, Joins[i], Reads[i]))));
    }

    /// <summary>Global numbers of the rules of set <paramref name="set"/> applicable to a stage and business type (not yet filtered by date).</summary>
    public int[] Applicable(int set, RuleStage stage, string businessType) =>
        _applicable.GetOrAdd((set, stage, businessType), static (k, self) =>
        {
            var rules = self.Sets[k.Set].Rules;
            var offset = self.Offsets[k.Set];
            return [.. Enumerable.Range(0, rules.Count).Where(i => rules[i].AppliesTo(k.Type, k.Stage)).Select(i => offset + i)];
        }, this);

    /// <summary>
    /// Inserts <paramref name="facts"/> (the subjects and their entries) into a session in one batch, fires it and
    /// retracts them again. Sessions are not thread-safe (the factory is): a run takes a session from the pool, which no
    /// other run holds until it is returned empty. Condition and action failures are reported to the subject's context,
    /// never thrown. With <paramref name="stage"/> the session holds only the rules declaring that stage; a rule of
    /// another stage could not be applicable to the run anyway.
    /// </summary>
    public void Run(List<object> facts, RuleStage? stage = null)
    {
        var pool = stage is { } s && _byStage.TryGetValue(s, out var staged) ? staged : _all;
        var session = pool.Rent();
        session.InsertAll(facts);
        session.Fire();
        session.RetractAll(facts);

        // Returned only when the run completed: a session left holding facts (something thrown above) is dropped.
        pool.Return(session);
    }

    /// <summary>Describes the entries a join matched, in register order, for the finding's explanation.</summary>
    public IReadOnlyList<FactValue>? Explain(int rule, List<object>? matched)
    {
        if (matched is null || Joins[rule] is not { } join)
        {
            return null;
        }

        return [.. matched.Cast<IEntryFact>().OrderBy(x => x.Index)
            .Select(x => new FactValue($"{join.Source.Path}[{x.Index}]", join.Source.Describe(x.Value)))];
    }

    // The same join: same collection, same condition on the entry (both parsed from text and lifted the same way, with
    // the entry parameter renamed alike, so equal text means the same condition).
    private static bool SameJoin(LiftedJoin derived, LiftedJoin rule) =>
        derived.Source == rule.Source && derived.Element.Type == rule.Element.Type && derived.Element.Name == rule.Element.Name
        && string.Equals(derived.Match.ToString(), rule.Match.ToString(), StringComparison.Ordinal);

    // A rule is known by its number (SessionFactoryBuilder's "Index" property), not its code: two versions of one rule
    // in force on different dates are two NRules rules with one code. A derivation that throws makes every rule reading
    // its fact an Error (never a silent pass).
    private void Report(IEnumerable<global::NRules.RuleModel.IRuleDefinition> rules, IEnumerable<object?> facts, Exception exception)
    {
        if (facts.OfType<Subject<TFacts>>().FirstOrDefault() is not { } subject)
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (rule.Properties.TryGetProperty(SessionFactoryBuilder.IndexProperty, out var property) && property.Value is int i)
            {
                subject.Context.Failed(i, subject.Facts, exception);
            }
            else if (rule.Properties.TryGetProperty(SessionFactoryBuilder.DerivedProperty, out var derived) && derived.Value is int k)
            {
                foreach (var reader in Readers[k])
                {
                    subject.Context.Failed(reader, subject.Facts, exception);
                }
            }
        }
    }

    /// <summary>Sessions of one factory kept for reuse.</summary>
    private sealed class SessionPool(CompiledEngine<TFacts> engine, ISessionFactory factory)
    {
        /// <summary>Most sessions kept for reuse (a few per core: more only hold memory).</summary>
        private static readonly int MaxPooled = Environment.ProcessorCount * 4;

        private readonly ConcurrentBag<ISession> _pool = [];
        private int _pooled;

        public ISession Rent()
        {
            if (_pool.TryTake(out var session))
            {
                Interlocked.Decrement(ref _pooled);
                return session;
            }

            session = factory.CreateSession();
            session.Events.LhsExpressionFailedEvent += (_, e) =>
            {
                e.IsHandled = true;
                engine.Report(e.Rules, e.Facts.Select(x => x.Value), e.Exception ?? new InvalidOperationException("condition failed"));
            };
            session.Events.RhsExpressionFailedEvent += (_, e) =>
            {
                e.IsHandled = true;
                engine.Report([e.Match.Rule], e.Match.Facts.Select(x => x.Value), e.Exception ?? new InvalidOperationException("action failed"));
            };
            return session;
        }

        public void Return(ISession session)
        {
            // Bounded: a burst of concurrent reviews leaves at most MaxPooled sessions (and their node memories) behind.
            if (Interlocked.Increment(ref _pooled) <= MaxPooled)
            {
                _pool.Add(session);
            }
            else
            {
                Interlocked.Decrement(ref _pooled);
            }
        }
    }
}
