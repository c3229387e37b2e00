using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Application.Review;
using Registry.Application.RuleSets;
using Registry.Rules.Publishing;

namespace Registry.Rules.Tests;

/// <summary>How a node picks up published rule-set versions: one stamp read per review, one compile per publish.</summary>
public sealed class PublishedRuleSetsTests
{
    [Fact]
    public async Task CurrentAsync_CompilesOncePerPublish_AndTheNextReviewRunsTheNewVersion()
    {
        var store = ShippedStore();
        var cache = new RuleSetCompilationCache();
        using var published = new PublishedRuleSets(TestCatalogue.Instance, store, cache, NullLogger<PublishedRuleSets>.Instance);

        var first = await published.CurrentAsync();
        Assert.Same(first, await published.CurrentAsync());
        var compiled = cache.Count;
        var booking = store.Versions.Single(v => v.Name == "review-booking");
        store.Versions.Add(booking with { Version = 2, Document = WithVersion(booking.Document, 2), BasedOn = 1 });

        var second = await published.CurrentAsync();

        Assert.NotSame(first, second);
        Assert.Equal(compiled + 1, cache.Count); // only the new version was compiled
        Assert.Contains(second.Catalogue.RuleSets, s => s is { Name: "review-booking", Version: 2 });
        var findings = second.Evaluator.Evaluate("review-booking", Facts.CleanResale(), RuleStage.Book).Findings;
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(2, f.RuleSetVersion));
        Assert.All(first.Evaluator.Evaluate("review-booking", Facts.CleanResale(), RuleStage.Book).Findings, f => Assert.Equal(1, f.RuleSetVersion));
    }

    [Fact]
    public async Task CurrentAsync_APublishedVersionThisNodeCannotCompile_KeepsRunningThePreviousVersions()
    {
        var store = ShippedStore();
        using var published = new PublishedRuleSets(TestCatalogue.Instance, store, new RuleSetCompilationCache(), NullLogger<PublishedRuleSets>.Instance);
        var before = await published.CurrentAsync();
        var booking = store.Versions.Single(v => v.Name == "review-booking");
        var broken = JsonNode.Parse(WithVersion(booking.Document, 2))!;
        broken["Rules"]![0]!["Expression"] = "f.NoSuchFact == 1";
        store.Versions.Add(booking with { Version = 2, Document = broken.ToJsonString(), BasedOn = 1 });

        var after = await published.CurrentAsync();

        Assert.Same(before, after);
        Assert.Contains(after.Catalogue.RuleSets, s => s is { Name: "review-booking", Version: 1 });
    }

    [Fact]
    public async Task CurrentAsync_NothingPublishedYet_RunsTheShippedFiles()
    {
        using var published = new PublishedRuleSets(TestCatalogue.Instance, new ListStore(), new RuleSetCompilationCache(), NullLogger<PublishedRuleSets>.Instance);
        Assert.Same(TestCatalogue.Instance, (await published.CurrentAsync()).Catalogue);
    }

    private static string WithVersion(string document, int version)
    {
        var root = JsonNode.Parse(document)!;
        root["Version"] = version;
        return root.ToJsonString();
    }

    private static ListStore ShippedStore()
    {
        var store = new ListStore();
        foreach (var (name, file, json) in TestCatalogue.Instance.Documents)
        {
            store.Versions.Add(new RuleSetVersionRecord(name, 1, "review", json, default, "repository", null, file, []));
        }

        return store;
    }

    // A test double of the database store: the EF store itself is tested on SQLite in Registry.Persistence.Tests.
    private sealed class ListStore : IRuleSetVersionStore
    {
        public List<RuleSetVersionRecord> Versions { get; } = [];

        public Task<long> PublishedStampAsync(CancellationToken cancellationToken = default) => Task.FromResult((long)Versions.Count);

        public Task<IReadOnlyList<RuleSetVersionRecord>> ListLatestAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RuleSetVersionRecord>>([.. Versions.GroupBy(v => v.Name).Select(g => g.MaxBy(v => v.Version)!)]);

        public Task<IReadOnlyList<RuleSetVersionRecord>> ListVersionsAsync(string name, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RuleSetVersionRecord>>([.. Versions.Where(v => v.Name == name).OrderByDescending(v => v.Version)]);

        public Task<RuleSetVersionRecord?> FindAsync(string name, int version, CancellationToken cancellationToken = default) =>
            Task.FromResult(Versions.FirstOrDefault(v => v.Name == name && v.Version == version));

        public Task AppendAsync(RuleSetVersionRecord record, CancellationToken cancellationToken = default)
        {
            Versions.Add(record);
            return Task.CompletedTask;
        }
    }
}
