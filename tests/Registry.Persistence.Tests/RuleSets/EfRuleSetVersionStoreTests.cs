using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.RuleSets;
using Registry.Persistence.RuleSets;

namespace Registry.Persistence.Tests.RuleSets;

public sealed class EfRuleSetVersionStoreTests
{
    private static RuleSetVersionRecord Version(string name, int version, string by, params (string Code, int Version)[] rules) =>
        new(name, version, "review", $"{{\"WorkflowName\":\"{name}\",\"Version\":{version}}}", new DateTimeOffset(2026, 12, 1, 2, version, 0, TimeSpan.Zero), by,
            version == 1 ? null : version - 1, null, [.. rules.Select(r => new RuleVersionRecord(r.Code, r.Version, $"H{r.Code}{r.Version}"))]);

    [Fact]
    public async Task Append_VersionsAndRules_AreReadBack_LatestPerSet_AndTheStampCountsPublishes()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IRuleSetVersionStore>();
        Assert.Equal(0, await store.PublishedStampAsync());

        await store.AppendAsync(Version("a", 1, "repository", ("A-ONE", 1), ("A-TWO", 1)));
        await store.AppendAsync(Version("a", 2, "admin", ("A-ONE", 1), ("A-TWO", 2)));
        await store.AppendAsync(Version("b", 1, "repository", ("B-ONE", 1)));

        Assert.Equal(3, await store.PublishedStampAsync());
        var latest = await store.ListLatestAsync();
        Assert.Equal([("a", 2), ("b", 1)], latest.Select(r => (r.Name, r.Version)));
        Assert.Equal([("A-ONE", 1), ("A-TWO", 2)], latest[0].Rules.Select(r => (r.RuleCode, r.RuleVersion)));
        Assert.Equal([2, 1], (await store.ListVersionsAsync("a")).Select(v => v.Version));
        var first = await store.FindAsync("a", 1);
        Assert.Equal(("repository", (int?)null), (first!.PublishedBy, first.BasedOn));
    }

    [Fact]
    public async Task Append_SameVersionTwice_TheSecondIsToldWhoPublishedIt_AndWritesNoRuleRows()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<IRuleSetVersionStore>();
        await store.AppendAsync(Version("a", 1, "repository", ("A-ONE", 1)));
        await store.AppendAsync(Version("a", 2, "admin", ("A-ONE", 2)));

        var conflict = await Assert.ThrowsAsync<RuleSetPublishConflictException>(() => store.AppendAsync(Version("a", 2, "admin2", ("A-ONE", 3), ("A-NEW", 1))));

        Assert.Equal(("admin", 2), (conflict.PublishedBy, conflict.Version));
        Assert.Contains("admin", conflict.Message, StringComparison.Ordinal);
        await using var context = db.NewContext();
        Assert.Equal(2, await context.Set<RuleVersionRow>().CountAsync());
        Assert.Equal(2, await store.PublishedStampAsync());
    }
}
