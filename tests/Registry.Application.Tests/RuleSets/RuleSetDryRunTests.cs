using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Review;
using Registry.Application.RuleSets;
using Registry.Application.Tests.Review.ProductionFacts;
using static Registry.Application.Tests.RuleSets.RuleSetDrafts;

namespace Registry.Application.Tests.RuleSets;

/// <summary>Dry runs of drafts on cases told through the product (facts from the production fact builders), nothing stored.</summary>
public sealed class RuleSetDryRunTests(ProductionRegistry registry) : IClassFixture<ProductionRegistry>
{
    [Fact]
    public async Task OnCase_ShowsWhichRulesFireAndWhy_TheDraftBesideThePublishedVersion()
    {
        const string code = "REG-SEIZURE-BLOCKS-DISPOSAL";
        var (stored, _) = await StoryRunner.BuildAsync(registry, ReviewStories.All[code].Fail[0]);
        var set = await LatestContainingAsync(registry.Services, code);
        var draft = Edit(set.Document, code, r => Properties(r)["MessageEn"] = "Draft wording: the unit is seized.");
        var stamp = await registry.Services.GetRequiredService<IRuleSetVersionStore>().PublishedStampAsync();

        var result = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetDryRun>().OnCaseAsync(Admin, draft, stored.Number.Value));

        Assert.Equal(set.Version, result.PublishedVersion);
        var row = Assert.Single(result.Rows, r => r.RuleCode == code && r.Stage == RuleStage.Review);
        Assert.True(row.PublishedFires);
        Assert.True(row.DraftFires);
        Assert.True(row.Changed);
        Assert.Equal("Draft wording: the unit is seized.", row.Draft!.MessageEn);
        Assert.NotEqual(row.Draft.MessageEn, row.Published!.MessageEn);
        Assert.Contains(row.Draft.Facts, f => f.Name.StartsWith("Unit.Seizures[", StringComparison.Ordinal)); // why: the matched seizure
        Assert.Contains(result.Rows, r => !r.Changed && !r.DraftFires); // rules that pass are listed as passing
        Assert.Equal(stamp, await registry.Services.GetRequiredService<IRuleSetVersionStore>().PublishedStampAsync());
    }

    [Fact]
    public async Task OverFinishedCases_CountsCasesThatNewlyFireOrStopFiring_WithTheList_ReportingProgress()
    {
        var stories = SelfCheckStories.All["REG-QC-MATERIALS-CHECKLIST"];
        var complete = await FinishedStoryRunner.BuildAsync(registry, stories.Pass);
        var missing = await FinishedStoryRunner.BuildAsync(registry, stories.Fail[0]);
        var set = await LatestContainingAsync(registry.Services, "REG-QC-MATERIALS-CHECKLIST");
        var draft = Edit(set.Document, "REG-QC-MATERIALS-CHECKLIST", r => r["Expression"] = "true");
        draft = Edit(draft, "REG-QC-SEPARATION-OF-DUTIES", r => r["Expression"] = "false");
        var reports = new List<RuleDryRunProgress>();

        var result = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetDryRun>()
            .OnFinishedCasesAsync(Admin, draft, progress: new Collect(reports)));

        Assert.Equal(2, result.CasesRun);
        Assert.Equal(2, result.CasesNewlyFiring);
        Assert.Equal(1, result.CasesStoppingFiring);
        var stopped = Assert.Single(result.Changes, c => !c.NewlyFires);
        Assert.Equal((missing.CaseNo, "REG-QC-MATERIALS-CHECKLIST"), (stopped.CaseNumber, stopped.RuleCode));
        Assert.Equal([complete.CaseNo, missing.CaseNo], result.Changes.Where(c => c.NewlyFires).Select(c => c.CaseNumber).Order(StringComparer.Ordinal));
        Assert.All(result.Changes.Where(c => c.NewlyFires), c => Assert.Equal("REG-QC-SEPARATION-OF-DUTIES", c.RuleCode));
        Assert.Equal(new RuleDryRunProgress(2, 2), reports[^1]);

        // Only the last N finished cases are run: the one that finished last (told second).
        var one = await WithScopeAsync(registry.Services, sp => sp.GetRequiredService<IRuleSetDryRun>().OnFinishedCasesAsync(Admin, draft, count: 1));
        Assert.Equal(1, one.CasesRun);
        Assert.NotEmpty(one.Changes);
        Assert.All(one.Changes, c => Assert.Equal(missing.CaseNo, c.CaseNumber));
    }

    // Progress<T> posts to the thread pool; this records synchronously, so the last report is there when the call returns.
    private sealed class Collect(List<RuleDryRunProgress> into) : IProgress<RuleDryRunProgress>
    {
        public void Report(RuleDryRunProgress value) => into.Add(value);
    }
}
