using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Inspection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Review;
using Registry.Application.Security;

namespace Registry.Application.Tests.Inspection.SelfCheckRuns;

/// <summary>Stored self-check runs over the demo county's finished cases, on a real SQLite file.</summary>
public sealed class SelfCheckRunTests
{
    private static readonly InspectionActor Inspector = new("inspector", "杨帆", [RegistryRoles.QualityInspector]);
    private static readonly DateTimeOffset Beginning = new(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Run_OverEveryFinishedCase_StoresEachOnceAndMatchesTheSelfCheck_RerunReplaces()
    {
        await using var db = await SelfCheckRunDatabase.CreateAsync();
        await using var scope = db.Services.CreateAsyncScope();
        var unattended = scope.ServiceProvider.GetRequiredService<UnattendedSelfCheck>();
        var store = scope.ServiceProvider.GetRequiredService<ISelfCheckRunStore>();
        var tally = await scope.ServiceProvider.GetRequiredService<SelfCheckService>().RunAsync(0);

        var first = await unattended.RunRangeAsync(SelfCheckRunTrigger.Command, "cli", "cli", Beginning, db.Time.GetUtcNow());

        Assert.Equal(SelfCheckRunStatus.Succeeded, first.Status);
        Assert.True(first.TotalCases > 40, $"{first.TotalCases} finished cases: the run should take several batches");
        Assert.Equal(first.TotalCases, first.CheckedCases);
        Assert.Equal(tally.CasesWithFindings, first.CasesWithFindings);
        Assert.True(first.CasesWithFindings > 0);
        var byCategory = tally.ByCategory.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
        foreach (var c in SelfCheckRunService.Categories(first))
        {
            Assert.Equal(byCategory[c.Category], c.Findings);
        }

        Assert.Equal("selfcheck@1", first.RuleSetVersion);
        var failing = await store.ListFailingAsync(first.RuleSetVersion, Beginning, db.Time.GetUtcNow(), 10_000);
        Assert.Equal(first.CasesWithFindings, failing.Count);
        Assert.All(failing.SelectMany(f => f.Findings), f => Assert.Equal("selfcheck", f.RuleSet));
        var live = await scope.ServiceProvider.GetRequiredService<InspectionService>().SelfCheckAsync(Inspector, failing[0].CaseNumber);
        Assert.Equal(live.Select(SelfCheckStoredFinding.From), failing[0].Findings);

        db.Time.Advance(TimeSpan.FromHours(1));
        var second = await unattended.RunRangeAsync(SelfCheckRunTrigger.Command, "cli", "cli", Beginning, SelfCheckRunDatabase.Now);

        Assert.Equal((first.CheckedCases, first.CasesWithFindings), (second.CheckedCases, second.CasesWithFindings));
        var again = await store.ListFailingAsync(first.RuleSetVersion, Beginning, db.Time.GetUtcNow(), 10_000);
        Assert.Equal(failing.Select(f => f.CaseNumber), again.Select(f => f.CaseNumber));
        Assert.All(again, f => Assert.Equal(second.Id, f.RunId));
        var one = await store.ListCaseResultsAsync(failing[0].CaseNumber);
        Assert.Equal(failing[0].Findings, Assert.Single(one).Findings);
    }

    [Fact]
    public async Task OnDemand_OverOneYear_ChecksExactlyThatYearsCases_AndOnlyForInspectors()
    {
        await using var db = await SelfCheckRunDatabase.CreateAsync();
        await using var scope = db.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SelfCheckRunService>();
        var inspection = scope.ServiceProvider.GetRequiredService<IInspectionStore>();
        var all = await inspection.ListFinishedAsync(Beginning, SelfCheckRunDatabase.Now, null);
        // The year in which the middle finished case of the demo county was completed.
        var year = all.OrderBy(c => c.FinishedAt).ElementAt(all.Count / 2).FinishedAt.ToOffset(TimeSpan.FromHours(8)).Year;
        var finished = await inspection.ListFinishedAsync(
            new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), null);
        Assert.InRange(finished.Count, 1, all.Count - 1);

        var examiner = new InspectionActor("reviewer1", "王芳", [RegistryRoles.FirstReview, RegistryRoles.BusinessAdmin]);
        await Assert.ThrowsAsync<InspectionNotAllowedException>(() => service.StartAsync(examiner, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        Assert.Empty(await service.ListAsync(Inspector));
        var reversed = await Assert.ThrowsAsync<InspectionInvalidException>(() => service.StartAsync(Inspector, new DateOnly(year, 12, 31), new DateOnly(year, 1, 1)));
        Assert.Equal("to", Assert.Single(reversed.Errors).Field);

        var started = await service.StartAsync(Inspector, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var run = await WaitForEndAsync(service, started.Id);

        Assert.Equal(SelfCheckRunStatus.Succeeded, run.Status);
        Assert.Equal((SelfCheckRunTrigger.OnDemand, "inspector", (long)finished.Count), (run.Trigger, run.StartedBy, run.CheckedCases));
        var results = (await service.ResultsAsync(Inspector, run.Id))!;
        Assert.Equal(run.CasesWithFindings, results.FailingCases.Count);
        Assert.All(results.FailingCases, c => Assert.Contains(finished, f => f.CaseNumber == c.CaseNumber));
        Assert.Equal(6, results.Categories.Count);
        Assert.InRange(results.PassRate, 0d, 1d);
        Assert.Equal((double)(run.CheckedCases - run.SkippedCases - run.CasesWithFindings) / (run.CheckedCases - run.SkippedCases), results.PassRate, 6);
    }

    [Fact]
    public async Task Nightly_RunsFromTheLastSuccessfulNightlyRun_NotOverTheSameCasesAgain()
    {
        await using var db = await SelfCheckRunDatabase.CreateAsync();
        await using var scope = db.Services.CreateAsyncScope();
        var nightly = scope.ServiceProvider.GetRequiredService<UnattendedSelfCheck>();

        var first = (await nightly.RunNightlyAsync())!;
        db.Time.Advance(TimeSpan.FromDays(1));
        var second = (await nightly.RunNightlyAsync())!;

        Assert.Equal((SelfCheckRunStatus.Succeeded, NightlySelfCheckStart), (first.Status, first.From));
        Assert.True(first.CheckedCases > 0);
        Assert.Equal(first.ToExclusive, second.From);
        Assert.Equal(db.Time.GetUtcNow() - TimeSpan.FromMinutes(5), second.ToExclusive);
        Assert.Equal(0, second.CheckedCases);
    }

    [Fact]
    public async Task Run_InterruptedByACrash_StaysUnfinished_IsResumedAndCompletesWithoutDuplicates()
    {
        await using var db = await SelfCheckRunDatabase.CreateAsync(batchSize: 30);
        await using var scope = db.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISelfCheckRunStore>();
        var feed = scope.ServiceProvider.GetRequiredService<SelfCheckRunProgressFeed>();
        var tally = await scope.ServiceProvider.GetRequiredService<SelfCheckService>().RunAsync(0);
        using var crash = new CancellationTokenSource();
        feed.Changed += (_, p) =>
        {
            if (p.Run.CheckedCases >= 30)
            {
                crash.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scope.ServiceProvider.GetRequiredService<UnattendedSelfCheck>()
            .RunRangeAsync(SelfCheckRunTrigger.Command, "cli", "cli", Beginning, db.Time.GetUtcNow(), crash.Token));

        var half = Assert.Single(await store.ListAsync(10));
        Assert.Equal((SelfCheckRunStatus.Running, 30L), (half.Status, half.CheckedCases));
        Assert.True(half.TotalCases > 30);
        Assert.Null(half.FinishedAt);
        Assert.Null(await store.LastSucceededAsync(SelfCheckRunTrigger.Command));
        var service = scope.ServiceProvider.GetRequiredService<SelfCheckRunService>();
        // Still within its lease: it might be alive elsewhere, so nothing else starts and it cannot be taken over yet.
        await Assert.ThrowsAsync<SelfCheckRunConflictException>(() => service.StartAsync(Inspector, new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31)));
        await Assert.ThrowsAsync<InspectionInvalidException>(() => service.ResumeAsync(Inspector, half.Id));

        db.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.True((await store.FindAsync(half.Id))!.IsInterrupted(db.Time.GetUtcNow(), service.Lease));
        await service.ResumeAsync(Inspector, half.Id);
        var done = await WaitForEndAsync(service, half.Id);

        Assert.Equal(SelfCheckRunStatus.Succeeded, done.Status);
        Assert.Equal(done.TotalCases, done.CheckedCases);
        Assert.Equal(tally.CasesWithFindings, done.CasesWithFindings);
        var failing = await store.ListFailingAsync(done.RuleSetVersion, Beginning, db.Time.GetUtcNow(), 10_000);
        Assert.Equal(tally.CasesWithFindings, failing.Count);
        Assert.Equal(failing.Count, failing.Select(f => f.CaseNumber).Distinct(StringComparer.Ordinal).Count());
        Assert.Null(await store.FindActiveAsync());
    }

    [Fact]
    public async Task Nightly_RunThatFails_RecordsTheReason_KeepsTheWatermark_AndIsResumedToTheEnd()
    {
        FailingSelfCheckRunner? failing = null;
        await using var db = await SelfCheckRunDatabase.CreateAsync(configure: s => s.Replace(ServiceDescriptor.Singleton<ISelfCheckRunner>(sp =>
            failing = new FailingSelfCheckRunner(sp.GetRequiredService<Registry.Rules.RuleSetCatalogue>().CreateSelfCheckRunner()))));
        await using var scope = db.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISelfCheckRunStore>();
        _ = scope.ServiceProvider.GetRequiredService<ISelfCheckRunner>();
        failing!.Down = true;

        var failed = (await scope.ServiceProvider.GetRequiredService<UnattendedSelfCheck>().RunNightlyAsync())!;

        Assert.Equal(SelfCheckRunStatus.Failed, failed.Status);
        Assert.Contains("rules down", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(0, failed.CheckedCases);
        var stored = (await store.FindAsync(failed.Id))!;
        Assert.Equal((failed.Status, failed.FailureReason, failed.FinishedAt), (stored.Status, stored.FailureReason, stored.FinishedAt));
        Assert.Null(await store.FindActiveAsync());
        Assert.Null(await store.LastSucceededAsync(SelfCheckRunTrigger.Nightly));

        failing.Down = false;
        var service = scope.ServiceProvider.GetRequiredService<SelfCheckRunService>();
        await service.ResumeAsync(Inspector, failed.Id);
        var done = await WaitForEndAsync(service, failed.Id);

        Assert.Equal((SelfCheckRunStatus.Succeeded, null, done.TotalCases), (done.Status, done.FailureReason, done.CheckedCases));
        Assert.Equal(done.ToExclusive, (await store.LastSucceededAsync(SelfCheckRunTrigger.Nightly))!.ToExclusive);
    }

    private static readonly DateTimeOffset NightlySelfCheckStart = UnattendedSelfCheck.Beginning;

    private static async Task<SelfCheckRun> WaitForEndAsync(SelfCheckRunService service, Guid runId)
    {
        for (var i = 0; i < 600; i++)
        {
            var run = (await service.ResultsAsync(Inspector, runId))!.Run;
            if (run.Status != SelfCheckRunStatus.Running)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {runId} did not finish in 60 s");
    }
}
