using Microsoft.Extensions.Options;
using Registry.Application.Review;
using Registry.Application.Security;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// On-demand stored self-check runs (质检自检) for the inspection console: a quality inspector starts a run over a range
/// of finishing dates (it runs in the background; progress on <see cref="SelfCheckRunProgressFeed"/>), resumes a failed
/// or interrupted one, and lists runs and their results by category. Every call checks the quality-inspector role
/// (the role model gives inspection to inspectors only, not to business admins).
/// </summary>
public sealed class SelfCheckRunService(
    ISelfCheckRunStore store,
    ISelfCheckRunLauncher launcher,
    ISelfCheckRuleSetVersion ruleSet,
    IOptions<SelfCheckRunOptions> options,
    TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>A running run that stored nothing for this long is interrupted (<see cref="SelfCheckRun.IsInterrupted"/>).</summary>
    public TimeSpan Lease => options.Value.Lease;

    /// <summary>Now, for <see cref="SelfCheckRun.IsInterrupted"/>.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Stores a new run over the cases completed from <paramref name="from"/> to <paramref name="to"/> (China dates, inclusive) and starts it.</summary>
    /// <exception cref="InspectionNotAllowedException">Not a quality inspector.</exception>
    /// <exception cref="InspectionInvalidException">The range is reversed (<c>to</c>) or holds no finished case (<c>from</c>).</exception>
    /// <exception cref="SelfCheckRunConflictException">Another run is in progress (one at a time); it is named.</exception>
    public async Task<SelfCheckRun> StartAsync(InspectionActor actor, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        if (to < from)
        {
            InspectionInvalidException.ThrowIfAny([new InspectionError("to", $"截止日期 {to:yyyy-MM-dd} 早于起始日期 {from:yyyy-MM-dd}")]);
        }

        var start = StartOf(from);
        var end = StartOf(to.AddDays(1));
        var total = await store.CountFinishedAsync(start, end, cancellationToken);
        if (total == 0)
        {
            InspectionInvalidException.ThrowIfAny([new InspectionError("from", $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd} 没有已办结的业务件可自检")]);
        }

        var now = time.GetUtcNow();
        var run = new SelfCheckRun
        {
            Id = Guid.NewGuid(),
            Trigger = SelfCheckRunTrigger.OnDemand,
            StartedBy = actor.UserName,
            StartedByName = actor.DisplayName,
            From = start,
            ToExclusive = end,
            RuleSetVersion = ruleSet.Current,
            Lease = Guid.NewGuid(),
            StartedAt = now,
            HeartbeatAt = now,
            TotalCases = total,
        };
        await store.AddAsync(run, cancellationToken);
        launcher.Launch(run);
        return run;
    }

    /// <summary>Takes over a failed or interrupted run and continues it from its last stored case.</summary>
    /// <exception cref="InspectionNotAllowedException">Not a quality inspector.</exception>
    /// <exception cref="InspectionInvalidException">No such run (<c>runId</c>), or it succeeded or is still running (<c>status</c>).</exception>
    /// <exception cref="SelfCheckRunConflictException">Another run is in progress.</exception>
    public async Task<SelfCheckRun> ResumeAsync(InspectionActor actor, Guid runId, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        var now = time.GetUtcNow();
        var run = await store.TakeOverAsync(runId, now - options.Value.Lease, now, Guid.NewGuid(), cancellationToken);
        if (run is null)
        {
            var existing = await store.FindAsync(runId, cancellationToken);
            InspectionInvalidException.ThrowIfAny([existing is null
                ? new InspectionError("runId", $"自检批次 {runId} 不存在")
                : new InspectionError("status", $"自检批次 {runId} 的状态为 {existing.Status}，只有失败或中断的批次可以继续")]);
        }

        launcher.Launch(run!);
        return run!;
    }

    /// <summary>The latest runs, newest first.</summary>
    public Task<IReadOnlyList<SelfCheckRun>> ListAsync(InspectionActor actor, int take = 20, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        return store.ListAsync(Math.Clamp(take, 1, 200), cancellationToken);
    }

    /// <summary>A run with its results by category and its failing cases; null when there is no such run.</summary>
    public async Task<SelfCheckRunResults?> ResultsAsync(InspectionActor actor, Guid runId, CancellationToken cancellationToken = default)
    {
        RequireInspector(actor);
        if (await store.FindAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        var limit = Math.Max(1, options.Value.ListLimit);
        var failing = await store.ListFailingAsync(run.RuleSetVersion, run.From, run.ToExclusive, limit + 1, cancellationToken);
        return new SelfCheckRunResults(
            run,
            Categories(run),
            Rate(run, run.CasesWithFindings),
            [.. failing.Take(limit)],
            failing.Count > limit);
    }

    /// <summary>The six categories of a run in display order, with cases, findings and pass rate.</summary>
    public static IReadOnlyList<SelfCheckCategoryResult> Categories(SelfCheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return [.. SelfCheckTally.Categories.Select(c =>
        {
            var total = run.Counts.FirstOrDefault(x => x.Category == c.Code && x.Severity == SelfCheckRunExecutor.AllSeverities);
            return new SelfCheckCategoryResult(c.Code, total?.Cases ?? 0, total?.Findings ?? 0, Rate(run, total?.Cases ?? 0));
        })];
    }

    private static double Rate(SelfCheckRun run, long failing)
    {
        var checkedCases = run.CheckedCases - run.SkippedCases;
        return checkedCases <= 0 ? 1d : (double)(checkedCases - failing) / checkedCases;
    }

    private static void RequireInspector(InspectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Roles.Contains(RegistryRoles.QualityInspector))
        {
            throw new InspectionNotAllowedException($"{actor.DisplayName}（{actor.UserName}）不是质检员，不能运行或查看质检自检批次。");
        }
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), China);
}
