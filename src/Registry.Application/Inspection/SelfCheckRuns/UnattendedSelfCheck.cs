using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Stored self-check runs without a signed-in inspector. <see cref="RunNightlyAsync"/> (the Quartz job): first finishes an interrupted run (its process died), then runs over
/// the cases completed since the end of the last successful nightly run (the watermark) up to a few minutes ago. A failed
/// nightly run does not move the watermark, so the next night covers its cases again. Skips when another run is alive.
/// <see cref="RunRangeAsync"/>: the command line's run over a range.
/// </summary>
public sealed class UnattendedSelfCheck : INightlySelfCheck
{
    /// <summary>Where the first nightly run starts: every finished case.</summary>
    public static readonly DateTimeOffset Beginning = DateTimeOffset.UnixEpoch;

    private readonly ISelfCheckRunStore _store;
    private readonly SelfCheckRunExecutor _executor;
    private readonly ISelfCheckRuleSetVersion _ruleSet;
    private readonly IOptions<SelfCheckRunOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<UnattendedSelfCheck> _logger;

    internal UnattendedSelfCheck(ISelfCheckRunStore store, SelfCheckRunExecutor executor, ISelfCheckRuleSetVersion ruleSet, IOptions<SelfCheckRunOptions> options, TimeProvider time, ILogger<UnattendedSelfCheck> logger)
    {
        _store = store;
        _executor = executor;
        _ruleSet = ruleSet;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs once; returns the nightly run (null when skipped because another run is alive, or nothing is due).</summary>
    public async Task<SelfCheckRun?> RunNightlyAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        if (await _store.FindActiveAsync(cancellationToken) is { } active)
        {
            if (!active.IsInterrupted(now, _options.Value.Lease))
            {
                _logger.LogInformation("Nightly self-check skipped: run {RunId} started by {By} is in progress", active.Id, active.StartedBy);
                return null;
            }

            if (await _store.TakeOverAsync(active.Id, now - _options.Value.Lease, now, Guid.NewGuid(), cancellationToken) is { } resumed)
            {
                _logger.LogWarning("Nightly self-check resumes interrupted run {RunId} after {Checked} of {Total} cases", resumed.Id, resumed.CheckedCases, resumed.TotalCases);
                await _executor.ExecuteAsync(resumed, cancellationToken);
            }
        }

        now = _time.GetUtcNow();
        var from = (await _store.LastSucceededAsync(SelfCheckRunTrigger.Nightly, cancellationToken))?.ToExclusive ?? Beginning;
        var to = now - _options.Value.Settle;
        if (to <= from)
        {
            return null;
        }

        return await RunRangeAsync(SelfCheckRunTrigger.Nightly, "system", "nightly", from, to, cancellationToken);
    }

    /// <summary>Stores a new run over cases completed in [<paramref name="from"/>, <paramref name="toExclusive"/>) and runs it to its end here.</summary>
    /// <exception cref="SelfCheckRunConflictException">Another run is active.</exception>
    public async Task<SelfCheckRun> RunRangeAsync(SelfCheckRunTrigger trigger, string startedBy, string startedByName, DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var run = new SelfCheckRun
        {
            Id = Guid.NewGuid(),
            Trigger = trigger,
            StartedBy = startedBy,
            StartedByName = startedByName,
            From = from,
            ToExclusive = toExclusive,
            RuleSetVersion = _ruleSet.Current,
            Lease = Guid.NewGuid(),
            StartedAt = now,
            HeartbeatAt = now,
            TotalCases = await _store.CountFinishedAsync(from, toExclusive, cancellationToken),
        };
        await _store.AddAsync(run, cancellationToken);
        return await _executor.ExecuteAsync(run, cancellationToken);
    }
}
