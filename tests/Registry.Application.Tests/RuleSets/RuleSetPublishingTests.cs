using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Review;
using Registry.Application.RuleSets;
using Registry.Application.Security;
using Registry.Application.Tests.Review.ProductionFacts;
using Registry.Composition;
using static Registry.Application.Tests.RuleSets.RuleSetDrafts;

namespace Registry.Application.Tests.RuleSets;

/// <summary>
/// Rule sets as published versions in the database (real SQLite through the product's composition): first-run loading,
/// publish live without a restart, versions on findings, validation at the field, concurrent publishes, roll back.
/// </summary>
public sealed class RuleSetPublishingTests(ProductionRegistry registry) : IClassFixture<ProductionRegistry>
{
    private const string SeizureRule = "REG-SEIZURE-BLOCKS-DISPOSAL";

    [Fact]
    public async Task FirstRun_PublishesEveryShippedRuleSet_AndRunningItAgainChangesNothing()
    {
        var store = registry.Services.GetRequiredService<IRuleSetVersionStore>();
        var latest = await store.ListLatestAsync();
        Assert.Equal(["review-booking", "review-examination", "review-intake", "selfcheck"], latest.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(latest, r => Assert.NotEmpty(r.Rules));
        Assert.Contains(latest, r => r.PublishedBy == RuleSetSeeder.Actor);

        var stamp = await store.PublishedStampAsync();
        var data = registry.Services.GetRequiredService<RegistryDataDirectories>();
        var again = await registry.Services.PublishRepositoryRuleSetsAsync(data.Rules);

        Assert.Empty(again.Published);
        Assert.Empty(again.Skipped);
        Assert.Equal(4, again.Unchanged.Count);
        Assert.Equal(stamp, await store.PublishedStampAsync());
    }

    [Fact]
    public async Task Publish_NewSeverityAndMessage_NextReviewShowsIt_WhileAPinnedReviewFinishesOnItsVersion()
    {
        var (stored, facts) = await StoryRunner.BuildAsync(registry, ReviewStories.All[SeizureRule].Fail[0]);
        var evaluator = registry.Services.GetRequiredService<IRuleSetEvaluator>();
        var before = (await evaluator.EvaluateAsync(facts, RuleStage.Review)).For(SeizureRule)!;
        Assert.Equal(RuleOutcome.Fail, before.Outcome);
        var pinned = await evaluator.PinAsync();

        var set = await LatestContainingAsync(registry.Services, SeizureRule);
        var ruleVersion = set.Rules.Single(r => r.RuleCode == SeizureRule).RuleVersion;
        var untouched = set.Rules.First(r => r.RuleCode != SeizureRule);
        var draft = Edit(set.Document, SeizureRule, r =>
        {
            Properties(r)["Severity"] = "warn";
            Properties(r)["MessageEn"] = "Seized: dispose only after release (edited).";
            Properties(r)["MessageZh"] = "已查封：解封后方可处分（已修改）。";
        });
        var result = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().PublishAsync(Admin, set.Name, draft, set.Version, "severity to warn"));

        Assert.True(result.IsPublished, string.Join("; ", result.Issues.Select(i => i.MessageEn)));
        Assert.Equal(set.Version + 1, result.Published!.Version);
        Assert.Equal(ruleVersion + 1, result.Published.Rules.Single(r => r.RuleCode == SeizureRule).RuleVersion);
        Assert.Equal(untouched.RuleVersion, result.Published.Rules.Single(r => r.RuleCode == untouched.RuleCode).RuleVersion);

        // The next review (no restart) runs the new version and records both versions on the finding.
        var after = (await evaluator.EvaluateAsync(facts, RuleStage.Review)).For(SeizureRule)!;
        Assert.Equal("Seized: dispose only after release (edited).", after.MessageEn);
        Assert.Equal(RuleSeverity.Warn, after.Severity);
        Assert.Equal(set.Version + 1, after.RuleSetVersion);
        Assert.Equal(ruleVersion + 1, after.RuleVersion);

        // A review that pinned its version before the publish finishes on it.
        var old = pinned.Evaluate(facts, RuleStage.Review).For(SeizureRule)!;
        Assert.Equal(before.MessageEn, old.MessageEn);
        Assert.Equal(set.Version, old.RuleSetVersion);

        // Stored with the case: the run's findings keep the versions.
        var runner = registry.Services.GetRequiredService<CaseRuleSetRunner>();
        var key = Guid.NewGuid().ToString("N");
        await using var scope = registry.Services.CreateAsyncScope();
        var run = await runner.ReviewAsync(scope.ServiceProvider.GetRequiredService<ReviewFactsBuilder>(), stored, ReviewRequest.Parse(set.Name), set.Name, key);
        await scope.ServiceProvider.GetRequiredService<IReviewRunStore>().AddAsync(run);
        var loaded = await scope.ServiceProvider.GetRequiredService<IReviewRunStore>().FindByIdempotencyKeyAsync(key);
        var finding = loaded!.Findings.Select(f => f.Finding).First(f => f.RuleCode == SeizureRule);
        Assert.Equal((set.Version + 1, ruleVersion + 1), (finding.RuleSetVersion, finding.RuleVersion));
        Assert.Equal("已查封：解封后方可处分（已修改）。", finding.MessageZh);
    }

    [Fact]
    public async Task Publish_TwoAdminsFromTheSameVersion_OneWins_TheOtherIsToldWhoAndWhen_NothingHalfWritten()
    {
        var store = registry.Services.GetRequiredService<IRuleSetVersionStore>();
        var set = (await store.ListLatestAsync()).Single(r => r.Name == "review-booking");
        var code = set.Rules[0].RuleCode;
        var first = Edit(set.Document, code, r => Properties(r)["NameEn"] = "Edited by admin");
        var second = Edit(set.Document, code, r => Properties(r)["NameEn"] = "Edited by admin2");

        var results = await Task.WhenAll(
            Attempt(Admin, first),
            Attempt(Admin2, second));

        var winner = Assert.Single(results, r => r.Published is not null);
        var loser = Assert.Single(results, r => r.Conflict is not null);
        Assert.Equal(winner.Published!.PublishedBy, loser.Conflict!.PublishedBy);
        Assert.Equal(set.Version + 1, loser.Conflict.Version);
        Assert.Contains(winner.Published.PublishedBy, loser.Conflict.Message, StringComparison.Ordinal);
        var versions = await store.ListVersionsAsync("review-booking");
        Assert.Equal(set.Version + 1, versions[0].Version);
        Assert.Equal(set.Rules.Count, versions[0].Rules.Count);

        async Task<(RuleSetVersionRecord? Published, RuleSetPublishConflictException? Conflict)> Attempt(DesignerUser user, string draft)
        {
            try
            {
                var r = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().PublishAsync(user, set.Name, draft, set.Version));
                return (r.Published, null);
            }
            catch (RuleSetPublishConflictException e)
            {
                return (null, e);
            }
        }
    }

    [Theory]
    [InlineData("Expression", "f.Unit.Seizures.Any(z => z.IsEffectiveOn(f.Today) &&", "Expression")]
    [InlineData("Expression", "f.Unit.NoSuchProperty == 1", "Expression")]
    [InlineData("Expression", "f.Case.BusinessType > 1", "Expression")]
    [InlineData("MessageEn", "Seized by {NoSuchFact}.", "Properties.MessageEn")]
    [InlineData("BusinessTypes", "NoSuchBusinessType", "Properties.BusinessTypes")]
    public async Task Validate_BadField_IsRefusedAtTheField_AndPublishWritesNothing(string field, string value, string reported)
    {
        var store = registry.Services.GetRequiredService<IRuleSetVersionStore>();
        var set = await LatestContainingAsync(registry.Services, SeizureRule);
        var draft = Edit(set.Document, SeizureRule, r =>
        {
            switch (field)
            {
                case "Expression": r["Expression"] = value; break;
                case "BusinessTypes": Properties(r)["BusinessTypes"] = new System.Text.Json.Nodes.JsonArray(value); break;
                default: Properties(r)[field] = value; break;
            }
        });
        var stamp = await store.PublishedStampAsync();

        var result = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().PublishAsync(Admin, set.Name, draft, set.Version));

        Assert.False(result.IsPublished);
        var issue = Assert.Single(result.Issues, i => i.RuleCode == SeizureRule && i.Field == reported);
        Assert.NotEmpty(issue.MessageZh);
        Assert.NotEmpty(issue.MessageEn);
        if (field == "Expression" && value.EndsWith("&&", StringComparison.Ordinal))
        {
            Assert.NotNull(issue.Position);
        }

        Assert.Equal(stamp, await store.PublishedStampAsync());
    }

    [Fact]
    public async Task Validate_TwoVersionsOfARuleInForceOnTheSameDay_AreRefusedNamingBoth()
    {
        var set = await LatestContainingAsync(registry.Services, SeizureRule);
        var root = System.Text.Json.Nodes.JsonNode.Parse(set.Document)!.AsObject();
        var rules = root["Rules"]!.AsArray();
        var original = rules.OfType<System.Text.Json.Nodes.JsonObject>().Single(r => (string?)r["RuleName"] == SeizureRule);
        var next = (System.Text.Json.Nodes.JsonObject)original.DeepClone();
        Properties(next)["Version"] = 99;
        Properties(next)["EffectiveFrom"] = "2026-01-01";
        rules.Add(next);

        var issues = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().ValidateAsync(Admin, set.Name, root.ToJsonString()));

        var overlap = Assert.Single(issues, i => i.Field == "Properties.EffectiveFrom");
        Assert.Contains("v99", overlap.MessageEn, StringComparison.Ordinal);
        Assert.Contains("重叠", overlap.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ASecondVersionFromALaterDay_EachCaseIsReviewedUnderTheVersionInForceOnItsAcceptanceDay()
    {
        var (_, facts) = await StoryRunner.BuildAsync(registry, ReviewStories.All[SeizureRule].Fail[0]);
        var accepted = DateOnly.FromDateTime(facts.Case.AcceptedAt.DateTime);
        var set = await LatestContainingAsync(registry.Services, SeizureRule);
        var ruleVersion = set.Rules.Single(r => r.RuleCode == SeizureRule).RuleVersion;

        // The shipped version ends on the case's acceptance day; a second version, a warning, starts the day after.
        var root = System.Text.Json.Nodes.JsonNode.Parse(set.Document)!.AsObject();
        var rules = root["Rules"]!.AsArray();
        var current = rules.OfType<System.Text.Json.Nodes.JsonObject>().Single(r => (string?)r["RuleName"] == SeizureRule);
        var next = (System.Text.Json.Nodes.JsonObject)current.DeepClone();
        Properties(current)["EffectiveUntil"] = accepted.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Properties(next)["EffectiveFrom"] = accepted.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Properties(next)["Version"] = ruleVersion + 1;
        Properties(next)["Severity"] = "warn";
        Properties(next)["MessageZh"] = "新版：单元 {UnitCode} 已查封，请核实。";
        rules.Add(next);

        var result = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().PublishAsync(Admin, set.Name, root.ToJsonString(), set.Version, "second version"));
        try
        {
            Assert.True(result.IsPublished, string.Join("; ", result.Issues.Select(i => i.MessageEn)));
            var versions = result.Published!.Rules.Where(r => r.RuleCode == SeizureRule).Select(r => r.RuleVersion).Order().ToList();
            Assert.Equal([ruleVersion + 1, ruleVersion + 2], versions); // both changed (the old one got an end date), each its own number

            var evaluator = registry.Services.GetRequiredService<IRuleSetEvaluator>();
            var onTheDay = (await evaluator.EvaluateAsync(facts, RuleStage.Review)).For(SeizureRule)!;
            Assert.Equal((RuleSeverity.Block, ruleVersion + 1), (onTheDay.Severity, onTheDay.RuleVersion));
            Assert.DoesNotContain("新版", onTheDay.MessageZh, StringComparison.Ordinal);

            var dayAfter = facts with { Case = facts.Case with { AcceptedAt = facts.Case.AcceptedAt.AddDays(1) } };
            var later = (await evaluator.EvaluateAsync(dayAfter, RuleStage.Review)).For(SeizureRule)!;
            Assert.Equal((RuleSeverity.Warn, ruleVersion + 2), (later.Severity, later.RuleVersion));
            Assert.StartsWith("新版：单元 ", later.MessageZh, StringComparison.Ordinal);
        }
        finally
        {
            // The other tests edit the rule as the only version of its code.
            if (result.Published is { } published)
            {
                await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().RollBackAsync(Admin, set.Name, set.Version, published.Version));
            }
        }
    }

    [Fact]
    public async Task Validate_ARuleCodeAnotherSetUses_IsRefusedNamingThatSet()
    {
        var set = await LatestContainingAsync(registry.Services, SeizureRule);
        var other = (await registry.Services.GetRequiredService<IRuleSetVersionStore>().ListLatestAsync()).First(s => s.Name != set.Name && s.Kind == set.Kind);
        var draft = Edit(set.Document, SeizureRule, r => r["RuleName"] = other.Rules[0].RuleCode);

        var issues = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().ValidateAsync(Admin, set.Name, draft));

        var issue = Assert.Single(issues, i => i.Field == "RuleName");
        Assert.Contains(other.Name, issue.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_EveryPublishedShippedSet_HasNoIssues()
    {
        var all = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().ListAsync(Admin));
        foreach (var set in all)
        {
            var issues = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetPublishing>().ValidateAsync(Admin, set.Name, set.Document));
            Assert.True(issues.Count == 0, $"{set.Name}: {string.Join("; ", issues.Select(i => i.MessageEn))}");
        }
    }

    [Fact]
    public async Task RollBack_PublishesANewVersionEqualToTheOld_WithWhoWhenAndDiffInTheHistory()
    {
        var set = (await registry.Services.GetRequiredService<IRuleSetVersionStore>().ListLatestAsync()).Single(r => r.Name == "review-intake");
        var code = set.Rules[0].RuleCode;
        var edited = Edit(set.Document, code, r => Properties(r)["NameZh"] = "改过的名称");
        var publishing = (IServiceProvider sp) => sp.GetRequiredService<IRuleSetPublishing>();
        var published = await WithScopeAsync(registry.Services, sp => publishing(sp).PublishAsync(Admin, set.Name, edited, set.Version));
        Assert.True(published.IsPublished);

        var back = await WithScopeAsync(registry.Services, sp => publishing(sp).RollBackAsync(Admin2, set.Name, set.Version, set.Version + 1));

        Assert.Equal(set.Version + 2, back.Published!.Version);
        Assert.Equal(set.Rules.Single(r => r.RuleCode == code).ContentHash, back.Published.Rules.Single(r => r.RuleCode == code).ContentHash);
        var history = await WithScopeAsync(registry.Services, sp => publishing(sp).HistoryAsync(Admin, set.Name));
        Assert.Equal([set.Version + 2, set.Version + 1, set.Version], history.Take(3).Select(h => h.Version.Version));
        Assert.Equal("admin2", history[0].Version.PublishedBy);
        Assert.Contains($"v{set.Version}", history[0].Version.Note, StringComparison.Ordinal);
        Assert.Contains(history[1].Diff, l => l.Kind == DiffLineKind.Added && l.Text.Contains("改过的名称", StringComparison.Ordinal));
        Assert.Contains(history[0].Diff, l => l.Kind == DiffLineKind.Removed && l.Text.Contains("改过的名称", StringComparison.Ordinal));
        Assert.Contains(history[1].ChangedRules, r => r.RuleCode == code);
    }

    [Fact]
    public async Task EveryCall_ByAUserWithoutTheBusinessAdminRole_IsRefusedBeforeAnythingIsRead()
    {
        var reviewer = new DesignerUser("reviewer1", [RegistryRoles.FirstReview]);
        await using var scope = registry.Services.CreateAsyncScope();
        var publishing = scope.ServiceProvider.GetRequiredService<IRuleSetPublishing>();
        var dryRun = scope.ServiceProvider.GetRequiredService<IRuleSetDryRun>();
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => publishing.ListAsync(reviewer));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => publishing.PublishAsync(reviewer, "review-intake", "{}", 1));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => publishing.RollBackAsync(reviewer, "review-intake", 1, 1));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => dryRun.OnCaseAsync(reviewer, "{}", "340121202611230000001"));
    }
}
