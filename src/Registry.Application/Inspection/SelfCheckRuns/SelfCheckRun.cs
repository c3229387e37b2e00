namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// A stored self-check run (质检自检批次): who or what started it, the finishing range [<see cref="From"/>,
/// <see cref="ToExclusive"/>), the rule set it ran, its progress, status and counts.
/// </summary>
public sealed record SelfCheckRun
{
    /// <summary>Run id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Nightly job, inspector or command line.</summary>
    public required SelfCheckRunTrigger Trigger { get; init; }

    /// <summary>Sign-in name of who started it (<c>system</c> for the nightly job).</summary>
    public required string StartedBy { get; init; }

    /// <summary>Display name of who started it.</summary>
    public required string StartedByName { get; init; }

    /// <summary>First finishing instant included.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>Finishing instants before this one are included.</summary>
    public required DateTimeOffset ToExclusive { get; init; }

    /// <summary>The self-check rule set and its version, e.g. <c>selfcheck@1</c>; stored results are keyed by it.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>Token of the process running it: a take-over gives a new one, and the old process can store nothing more.</summary>
    public required Guid Lease { get; init; }

    /// <summary>Running, succeeded or failed.</summary>
    public SelfCheckRunStatus Status { get; init; }

    /// <summary>Why it failed (the exception's type and message), for a failed run.</summary>
    public string? FailureReason { get; init; }

    /// <summary>When it was started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it last stored a batch (or was started or resumed); an old heartbeat on a running run means it was interrupted.</summary>
    public required DateTimeOffset HeartbeatAt { get; init; }

    /// <summary>When it succeeded or failed.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Finished cases in the range when the run started.</summary>
    public long TotalCases { get; init; }

    /// <summary>Cases checked and stored so far.</summary>
    public long CheckedCases { get; init; }

    /// <summary>Checked cases with at least one failed or errored rule.</summary>
    public long CasesWithFindings { get; init; }

    /// <summary>Cases in the range that were never recorded in the register (nothing to self-check); counted as checked.</summary>
    public long SkippedCases { get; init; }

    /// <summary>Findings by category and severity.</summary>
    public IReadOnlyList<SelfCheckRunCount> Counts { get; init; } = [];

    /// <summary>The last case stored; null before the first batch.</summary>
    public SelfCheckRunCursor? Cursor { get; init; }

    /// <summary>Whether a running run has not stored anything for longer than <paramref name="lease"/> (its process stopped).</summary>
    public bool IsInterrupted(DateTimeOffset now, TimeSpan lease) => Status == SelfCheckRunStatus.Running && now - HeartbeatAt > lease;

    /// <summary>Share of the range's cases checked, 0–1.</summary>
    public double Progress => TotalCases == 0 ? (Status == SelfCheckRunStatus.Succeeded ? 1d : 0d) : Math.Min(1d, (double)CheckedCases / TotalCases);
}
