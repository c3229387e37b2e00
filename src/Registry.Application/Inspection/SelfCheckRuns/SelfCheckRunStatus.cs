namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Where a stored self-check run stands. A run is only <see cref="Succeeded"/> once every case of its range is stored;
/// a run whose process died stays <see cref="Running"/> with an old heartbeat (interrupted) until it is resumed.
/// </summary>
public enum SelfCheckRunStatus
{
    /// <summary>Running, or interrupted when its heartbeat is older than the lease.</summary>
    Running,

    /// <summary>Every case of the range was checked and stored.</summary>
    Succeeded,

    /// <summary>Stopped by an error (reason recorded); can be resumed from where it stopped.</summary>
    Failed,
}
