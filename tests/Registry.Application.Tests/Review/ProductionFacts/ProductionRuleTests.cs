using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Review;
using Registry.Application.Review.Facts;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>Facts of every story, built once per test class (stories are independent: own unit, own case).</summary>
public sealed class StoryFacts : IAsyncLifetime, IDisposable
{
    private readonly ConcurrentDictionary<(string Code, int Index), Task<ReviewFacts>> _review = new();
    private readonly ConcurrentDictionary<(string Code, int Index), Task<FinishedCaseFacts>> _finished = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Review stories; its clock never moves.</summary>
    public ProductionRegistry Registry { get; } = new();

    /// <summary>Finished-case stories; its clock moves forward by whole weeks (a report left unacknowledged, a weekend booking).</summary>
    public ProductionRegistry Finished { get; } = new();

    /// <summary>Engine stories (<see cref="EngineStories"/>); its clock moves by weeks while the workflow waits.</summary>
    public ProductionRegistry Engine { get; } = new();

    private readonly ConcurrentDictionary<int, Task<(ReviewFacts Review, FinishedCaseFacts? Finished)>> _engine = new();

    public async Task InitializeAsync()
    {
        await Registry.InitializeAsync();
        await Finished.InitializeAsync();
        await Engine.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Registry.DisposeAsync();
        await Finished.DisposeAsync();
        await Engine.DisposeAsync();
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Index 0: the passing story; 1…: the failing ones.</summary>
    public Task<ReviewFacts> ReviewAsync(string code, int index) => _review.GetOrAdd((code, index), k => Serially(async () =>
    {
        var (pass, fail) = ReviewStories.All[k.Code];
        return (await StoryRunner.BuildAsync(Registry, k.Index == 0 ? pass : fail[k.Index - 1])).Facts;
    }));

    public Task<FinishedCaseFacts> FinishedAsync(string code, int index) => _finished.GetOrAdd((code, index), k => Serially(() =>
    {
        var (pass, fail) = SelfCheckStories.All[k.Code];
        return FinishedStoryRunner.BuildAsync(Finished, k.Index == 0 ? pass : fail[k.Index - 1]);
    }));

    /// <summary>The ex-officio correction run by the engine: index 0 passes, 1 ends the announcement too early.</summary>
    public Task<(ReviewFacts Review, FinishedCaseFacts? Finished)> ExOfficioAsync(int index) =>
        _engine.GetOrAdd(index, i => Serially(() => EngineStories.ExOfficioAsync(Engine, i)));

    // One story at a time: the clock may move (DaysLater) and SQLite has one writer.
    private async Task<T> Serially<T>(Func<Task<T>> build)
    {
        await _gate.WaitAsync();
        try
        {
            return await build();
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>
/// Every review and self-check rule proven both ways on facts the production builders make from data entered through
/// the product (register effects, acceptance, the data-sharing feed, the record step and the outbox) — never by hand —
/// and every fact property a rule reads shown settable from such data.
/// </summary>
public sealed class ProductionRuleTests(StoryFacts stories) : IClassFixture<StoryFacts>
{
    /// <summary>
    /// Rules not yet proven on production facts, with the reason. Each is a gap to close, not a design: the test fails
    /// when a rule listed here gains stories or is removed from the rule files.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotYetProven = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Fact properties a rule reads that no story sets, and why; the test fails when one of them becomes settable.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownUnsettable = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> ReviewCodes => [.. ReviewStories.All.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, int> ReviewFails => Fails(ReviewStories.All.ToDictionary(kv => kv.Key, kv => kv.Value.Fail.Length));

    public static TheoryData<string> SelfCheckCodes => [.. SelfCheckStories.All.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, int> SelfCheckFails => Fails(SelfCheckStories.All.ToDictionary(kv => kv.Key, kv => kv.Value.Fail.Length));

    private static RuleEvaluationResult Evaluate(ReviewFacts facts) =>
        TestRules.Evaluator.Evaluate(facts, facts.Case.Stage);

    [Theory]
    [MemberData(nameof(ReviewCodes))]
    public async Task ReviewRule_OnProductionFacts_PassesOnItsPassingStory(string code)
    {
        var facts = await stories.ReviewAsync(code, 0);
        var finding = Evaluate(facts).For(code);
        Assert.True(finding is not null, $"{code} did not run for {facts.Case.BusinessType} at {facts.Case.Stage}");
        Assert.True(finding.Outcome == RuleOutcome.Pass, $"{code}: {finding.Outcome} {finding.MessageZh} {finding.Error}");
    }

    [Theory]
    [MemberData(nameof(ReviewFails))]
    public async Task ReviewRule_OnProductionFacts_FiresOnItsFailingStory(string code, int index)
    {
        var facts = await stories.ReviewAsync(code, index);
        var finding = Evaluate(facts).For(code);
        Assert.True(finding is not null, $"{code} did not run for {facts.Case.BusinessType} at {facts.Case.Stage}");
        Assert.True(finding.Outcome == RuleOutcome.Fail, $"{code} story {index}: {finding.Outcome} {finding.Error}");
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
        Assert.DoesNotContain("{", finding.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExOfficioCorrection_RunByTheEngine_PassesAfterNoticeAndAnnouncement_AndFiresWhenTheAnnouncementEndsEarly()
    {
        var (passing, finished) = await stories.ExOfficioAsync(0);
        var pass = Evaluate(passing).For("REG-EX-OFFICIO-CORRECTION-SEQUENCE");
        Assert.True(pass is { Outcome: RuleOutcome.Pass }, $"{passing.Case.CorrectionNoticeWorkingDays} / {passing.Case.AnnouncementWorkingDays}: {pass?.Outcome} {pass?.MessageZh}");
        Assert.True(passing.Case.CorrectionNoticeWorkingDays >= 30, $"notice {passing.Case.CorrectionNoticeWorkingDays}");
        Assert.True(finished is { AnnouncementWorkingDays: >= 15 }, $"finished announcement {finished?.AnnouncementWorkingDays}");

        var (early, _) = await stories.ExOfficioAsync(1);
        var fail = Evaluate(early).For("REG-EX-OFFICIO-CORRECTION-SEQUENCE");
        Assert.True(fail is { Outcome: RuleOutcome.Fail }, $"{early.Case.AnnouncementWorkingDays}: {fail?.Outcome}");
        Assert.Contains(early.Case.AnnouncementWorkingDays!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), fail!.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SelfCheckCodes))]
    public async Task SelfCheckRule_OnBookedCase_PassesOnItsPassingStory(string code)
    {
        var facts = await stories.FinishedAsync(code, 0);
        var findings = await SelfCheckAsync(facts);
        Assert.True(!findings.Any(f => f.Finding.RuleCode == code), $"{code}: {string.Join(" | ", findings.Select(f => f.Finding.MessageZh))}");
    }

    [Theory]
    [MemberData(nameof(SelfCheckFails))]
    public async Task SelfCheckRule_OnBookedCase_FiresOnItsFailingStory(string code, int index)
    {
        var facts = await stories.FinishedAsync(code, index);
        var finding = Assert.Single(await SelfCheckAsync(facts), f => f.Finding.RuleCode == code).Finding;
        Assert.Equal(RuleOutcome.Fail, finding.Outcome);
        Assert.DoesNotContain("{", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("REG-QC-BOOKING-REPORTED")] // a resale booked, reported and certified through the product
    [InlineData("REG-QC-DEPENDENT-TERM")] // a first mortgage
    [InlineData("REG-QC-INSTANT-SAME-DAY")] // a court's seizure booked the day it arrived
    public async Task CorrectCaseBookedThroughTheProduct_HasNoSelfCheckFindingAtAll(string passingStoryOf)
    {
        var facts = await stories.FinishedAsync(passingStoryOf, 0);
        var findings = await SelfCheckAsync(facts);
        Assert.True(facts.Reported, "the booking report was not recorded");
        Assert.True(findings.Count == 0, $"{facts.BusinessType}: {string.Join(" | ", findings.Select(f => $"{f.Finding.RuleCode} {f.Finding.MessageZh}"))}");
    }

    [Fact]
    public void Stories_CoverEveryShippedRule_ExceptTheListedGaps()
    {
        var shipped = RuleReads.Shipped(TestRules.Directory).ToList();
        var review = shipped.Where(r => !r.SelfCheck).Select(r => r.Code).ToHashSet();
        var selfCheck = shipped.Where(r => r.SelfCheck).Select(r => r.Code).ToHashSet();
        Assert.Empty(review.Except(ReviewStories.All.Keys).Except(EngineStories.Codes).Except(NotYetProven.Keys));
        Assert.Empty(selfCheck.Except(SelfCheckStories.All.Keys).Except(NotYetProven.Keys));
        Assert.Empty(ReviewStories.All.Keys.Concat(EngineStories.Codes).Except(review));
        Assert.Empty(SelfCheckStories.All.Keys.Except(selfCheck));
        Assert.Empty(NotYetProven.Keys.Intersect(ReviewStories.All.Keys.Concat(SelfCheckStories.All.Keys)));
        Assert.Empty(NotYetProven.Keys.Except(review.Concat(selfCheck)));
    }

    [Fact]
    public async Task EveryFactPropertyARuleReads_IsSetByTheProductionBuilders_FromStoryData()
    {
        // The corpus: facts of every story, passing and failing, review and self-check.
        var corpus = new List<object>();
        foreach (var (code, (_, fail)) in ReviewStories.All)
        {
            for (var i = 0; i <= fail.Length; i++)
            {
                corpus.Add(await stories.ReviewAsync(code, i));
            }
        }

        for (var i = 0; i < 2; i++)
        {
            var (review, finished) = await stories.ExOfficioAsync(i);
            corpus.Add(review);
            if (finished is not null)
            {
                corpus.Add(finished);
            }
        }

        foreach (var (code, (_, fail)) in SelfCheckStories.All)
        {
            for (var i = 0; i <= fail.Length; i++)
            {
                corpus.Add(await stories.FinishedAsync(code, i));
            }
        }

        var set = SetProperties(corpus);
        var reads = RuleReads.Shipped(TestRules.Directory).SelectMany(r => RuleReads.Of(r).Select(p => (Property: p, Rule: r.Code))).ToList();
        var unsettable = reads.Where(x => !set.Contains(x.Property) && !KnownUnsettable.ContainsKey(x.Property))
            .GroupBy(x => x.Property).Select(g => $"{g.Key} (read by {string.Join(", ", g.Select(x => x.Rule).Distinct())})").ToList();
        Assert.True(unsettable.Count == 0, "never set by the production builders from story data: " + string.Join("; ", unsettable));

        var stale = KnownUnsettable.Keys.Where(set.Contains).ToList();
        Assert.True(stale.Count == 0, "now set from story data, remove from KnownUnsettable: " + string.Join(", ", stale));
        Assert.True(reads.Count > 150, $"only {reads.Count} reads found: the expression walk is broken");
    }

    // A property counts as set when some instance in the corpus holds a value other than its type's declared default.
    private static HashSet<string> SetProperties(IEnumerable<object> roots)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var defaults = new Dictionary<Type, object?>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(roots);
        while (queue.Count > 0)
        {
            var o = queue.Dequeue();
            var type = o.GetType();
            if (type.Namespace != typeof(ReviewFacts).Namespace || (!type.IsValueType && !seen.Add(o)))
            {
                continue;
            }

            if (!defaults.TryGetValue(type, out var blank))
            {
                blank = type.IsValueType ? Activator.CreateInstance(type) : type.GetConstructor(Type.EmptyTypes)?.Invoke(null);
                defaults[type] = blank;
            }

            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0))
            {
                var value = p.GetValue(o);
                var initial = blank is null ? null : p.GetValue(blank);
                if (!IsBlank(value, initial))
                {
                    set.Add($"{type.Name}.{p.Name}");
                }

                if (value is IEnumerable items and not string)
                {
                    foreach (var item in items)
                    {
                        if (item is not null)
                        {
                            queue.Enqueue(item);
                        }
                    }
                }
                else if (value is not null)
                {
                    queue.Enqueue(value);
                }
            }
        }

        return set;
    }

    private static bool IsBlank(object? value, object? initial) => value switch
    {
        null => true,
        string s => string.IsNullOrEmpty(s) || Equals(s, initial),
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => Equals(value, initial),
    };

    private static async Task<List<SelfCheckFinding>> SelfCheckAsync(FinishedCaseFacts facts)
    {
        var list = new List<SelfCheckFinding>();
        await foreach (var f in TestRules.SelfCheck.StreamAsync(One(facts)))
        {
            list.Add(f);
        }

        return list;
    }

    private static async IAsyncEnumerable<FinishedCaseFacts> One(FinishedCaseFacts facts)
    {
        await Task.Yield();
        yield return facts;
    }

    private static TheoryData<string, int> Fails(Dictionary<string, int> counts)
    {
        var data = new TheoryData<string, int>();
        foreach (var (code, n) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            for (var i = 1; i <= n; i++)
            {
                data.Add(code, i);
            }
        }

        return data;
    }
}

/// <summary>The shipped rules (repository rules/), evaluated as the product does.</summary>
internal static class TestRules
{
    private static readonly Lazy<Registry.Rules.RuleSetCatalogue> Catalogue = new(() => Registry.Rules.RuleSetCatalogue.LoadDirectory(Directory));

    public static string Directory => DemoDatabase.RulesDirectory;

    public static IRuleSetEvaluator Evaluator => Catalogue.Value.CreateEvaluator();

    public static ISelfCheckRunner SelfCheck => Catalogue.Value.CreateSelfCheckRunner();
}
