namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>What the nightly job runs: <see cref="UnattendedSelfCheck.RunNightlyAsync"/>.</summary>
public interface INightlySelfCheck
{
    /// <summary>Resumes an interrupted run, then checks the cases completed since the last successful nightly run; null when skipped.</summary>
    Task<SelfCheckRun?> RunNightlyAsync(CancellationToken cancellationToken = default);
}
