using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Web.Components.Inspection;
using Registry.Web.Tests.Fakes;
using Registry.Web.Tests.Intake;

namespace Registry.Web.Tests.Inspection;

public sealed class SelfCheckRunsPageTests : RegistryComponentTest
{
    private const string FailingCase = "340121202503100001";
    private readonly RunStore _store = new();
    private readonly ManualLauncher _launcher = new();
    private readonly SelfCheckRunProgressFeed _feed = new();
    private readonly FakeTimeProvider _time = new(SampleRegisterBrowser.Now);

    public SelfCheckRunsPageTests()
    {
        Services.AddSingleton<IBusinessTypeCatalogue>(new IntakeTestCatalogue());
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddSingleton(_feed);
        Services.AddSingleton(new SelfCheckRunService(_store, _launcher, new FixedRuleSet(), Options.Create(new SelfCheckRunOptions()), _time));
        var auth = AddAuthorization();
        auth.SetAuthorized("inspector");
        auth.SetRoles(RegistryRoles.QualityInspector);
    }

    [Fact]
    public void Start_ShowsLiveProgress_ThenResultsByCategoryWithTheFailingCaseLinked()
    {
        var page = Render<SelfCheckRunsPage>();
        page.Find("#run-start").Click();

        var run = Assert.Single(_launcher.Launched);
        Assert.Equal((SelfCheckRunTrigger.OnDemand, "inspector", 3L), (run.Trigger, run.StartedBy, run.TotalCases));

        // The run's thread stores a batch and tells the feed: the bar moves without a reload.
        _store.Update(run with { CheckedCases = 1 });
        _feed.Publish(run with { CheckedCases = 1 });
        page.WaitForAssertion(() => Assert.Contains("已检 1 / 3 件", page.Find($".run-progress[data-run='{run.Id}']").TextContent, StringComparison.Ordinal));

        var done = _store.Finish(run, FailingCase);
        _feed.Publish(done);

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".run-progress")));
        Assert.Contains("已完成", page.Find($"tr.run-row[data-run='{run.Id}'] .run-status").TextContent, StringComparison.Ordinal);
        var principle = page.Find("tr.category-row[data-category='principle']");
        Assert.Equal(("1", "1", "50.0%"), (principle.QuerySelector(".cases")!.TextContent, principle.QuerySelector(".findings")!.TextContent, principle.QuerySelector(".rate")!.TextContent));
        Assert.Equal("100.0%", page.Find("tr.category-row[data-category='content'] .rate").TextContent);
        var failing = page.Find($".failing-table[data-category='principle'] tr.failing-case[data-case='{FailingCase}']");
        Assert.Equal($"cases/{FailingCase}", failing.QuerySelector("a.case-link")!.GetAttribute("href"));
        Assert.Contains("受理与登簿分离", failing.TextContent, StringComparison.Ordinal);
        Assert.Contains("受理与登簿为同一人", failing.QuerySelector(".finding-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("原则", page.Find("#run-results").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_InEnglish_NameTheRuleAndItsMessageInEnglish()
    {
        UseCulture("en");
        var run = _store.Finish(_store.Seed(_time.GetUtcNow()), FailingCase);

        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"inspection/self-check?run={run.Id}");
        var page = Render<SelfCheckRunsPage>();

        var failing = page.WaitForElement($"tr.failing-case[data-case='{FailingCase}']");
        Assert.Contains("Accepted and booked by the same person", failing.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("受理与登簿为同一人", failing.TextContent, StringComparison.Ordinal);
        Assert.Contains("Principle", page.Find("tr.category-row[data-category='principle']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WhileAnotherRunIsActive_IsRefusedNamingIt_AndNothingLaunches()
    {
        _store.Seed(_time.GetUtcNow(), startedByName: "nightly");
        var page = Render<SelfCheckRunsPage>();

        page.Find("#run-start").Click();

        Assert.Empty(_launcher.Launched);
        Assert.Contains("另一个自检批次正在运行", page.Find("#run-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("夜间任务", page.Find("#run-error").TextContent, StringComparison.Ordinal);
        // The nightly job's stored system name is not shown on a Chinese page.
        Assert.DoesNotContain("nightly", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InterruptedRun_OffersResume_WhichLaunchesItAgain()
    {
        var run = _store.Seed(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(30));
        var page = Render<SelfCheckRunsPage>();

        Assert.Contains("已中断", page.Find($"tr.run-row[data-run='{run.Id}'] .run-status").TextContent, StringComparison.Ordinal);
        page.Find("#run-start").Click();
        Assert.Contains("已中断", page.Find("#run-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(_launcher.Launched);
        page.Find($"tr.run-row[data-run='{run.Id}'] .run-resume").Click();

        Assert.Equal(run.Id, Assert.Single(_launcher.Launched).Id);
    }

    private sealed class FixedRuleSet : ISelfCheckRuleSetVersion
    {
        public string Current => "selfcheck@1";
    }

    private sealed class ManualLauncher : ISelfCheckRunLauncher
    {
        public List<SelfCheckRun> Launched { get; } = [];

        public void Launch(SelfCheckRun run) => Launched.Add(run);
    }

    /// <summary>Just enough store: runs and results in memory, one active run at a time.</summary>
    private sealed class RunStore : ISelfCheckRunStore
    {
        private readonly List<SelfCheckRun> _runs = [];
        private readonly List<SelfCheckCaseResult> _results = [];

        public SelfCheckRun Seed(DateTimeOffset at, string startedByName = "杨帆")
        {
            var run = new SelfCheckRun
            {
                Id = Guid.NewGuid(), Trigger = SelfCheckRunTrigger.Nightly, StartedBy = "system", StartedByName = startedByName,
                From = at.AddDays(-30), ToExclusive = at, RuleSetVersion = "selfcheck@1", Lease = Guid.NewGuid(), StartedAt = at, HeartbeatAt = at, TotalCases = 3,
            };
            _runs.Add(run);
            return run;
        }

        public void Update(SelfCheckRun run) => _runs[_runs.FindIndex(r => r.Id == run.Id)] = run;

        public SelfCheckRun Finish(SelfCheckRun run, string failingCase)
        {
            var finding = new SelfCheckStoredFinding("selfcheck", "REG-QC-SEPARATION-OF-DUTIES", 2, "QC-P-03", "principle", RuleSeverity.Warn, RuleOutcome.Fail,
                "受理与登簿分离", "受理与登簿为同一人（受理员02）。", "Accepted and booked by the same person (受理员02).", null);
            _results.Add(new SelfCheckCaseResult(failingCase, "HouseTransferResale", run.From.AddDays(1), run.RuleSetVersion, run.Id, run.StartedAt, false, [finding]));
            var done = run with
            {
                Status = SelfCheckRunStatus.Succeeded, CheckedCases = 3, SkippedCases = 1, CasesWithFindings = 1, FinishedAt = run.StartedAt,
                Counts = [new("principle", "*", 1, 1), new("principle", "warn", 1, 1)],
            };
            Update(done);
            return done;
        }

        public Task<long> CountFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default) => Task.FromResult(3L);

        public Task<IReadOnlyList<Registry.Application.Inspection.FinishedCaseRef>> ListFinishedAsync(DateTimeOffset from, DateTimeOffset toExclusive, SelfCheckRunCursor? after, int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Registry.Application.Inspection.FinishedCaseRef>>([]);

        public Task<IReadOnlyList<RegistrationCase>> LoadCasesAsync(IReadOnlyCollection<string> caseNumbers, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<RegistrationCase>>([]);

        public Task AddAsync(SelfCheckRun run, CancellationToken cancellationToken = default)
        {
            if (_runs.FirstOrDefault(r => r.Status == SelfCheckRunStatus.Running) is { } active)
            {
                throw new SelfCheckRunConflictException(active);
            }

            _runs.Add(run);
            return Task.CompletedTask;
        }

        public Task<SelfCheckRun?> TakeOverAsync(Guid runId, DateTimeOffset staleBefore, DateTimeOffset heartbeat, Guid lease, CancellationToken cancellationToken = default)
        {
            var run = _runs.FirstOrDefault(r => r.Id == runId && (r.Status == SelfCheckRunStatus.Failed || (r.Status == SelfCheckRunStatus.Running && r.HeartbeatAt < staleBefore)));
            if (run is null)
            {
                return Task.FromResult<SelfCheckRun?>(null);
            }

            run = run with { Status = SelfCheckRunStatus.Running, HeartbeatAt = heartbeat, Lease = lease };
            Update(run);
            return Task.FromResult<SelfCheckRun?>(run);
        }

        public Task SaveBatchAsync(SelfCheckRunBatch batch, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task FinishAsync(SelfCheckRun run, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<SelfCheckRun?> FindAsync(Guid runId, CancellationToken cancellationToken = default) => Task.FromResult(_runs.FirstOrDefault(r => r.Id == runId));

        public Task<IReadOnlyList<SelfCheckRun>> ListAsync(int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SelfCheckRun>>([.. _runs.OrderByDescending(r => r.StartedAt).Take(take)]);

        public Task<SelfCheckRun?> FindActiveAsync(CancellationToken cancellationToken = default) => Task.FromResult(_runs.FirstOrDefault(r => r.Status == SelfCheckRunStatus.Running));

        public Task<SelfCheckRun?> LastSucceededAsync(SelfCheckRunTrigger trigger, CancellationToken cancellationToken = default) => Task.FromResult<SelfCheckRun?>(null);

        public Task<IReadOnlyList<SelfCheckCaseResult>> ListFailingAsync(string ruleSetVersion, DateTimeOffset from, DateTimeOffset toExclusive, int take, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SelfCheckCaseResult>>([.. _results.Where(r => r.RuleSetVersion == ruleSetVersion && r.FinishedAt >= from && r.FinishedAt < toExclusive).Take(take)]);

        public Task<IReadOnlyList<SelfCheckCaseResult>> ListCaseResultsAsync(string caseNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SelfCheckCaseResult>>([.. _results.Where(r => r.CaseNumber == caseNumber)]);
    }
}
