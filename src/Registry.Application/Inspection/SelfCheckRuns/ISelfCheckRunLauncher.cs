namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>Runs a stored (running) self-check run to its end in the background of this process.</summary>
public interface ISelfCheckRunLauncher
{
    /// <summary>Starts executing <paramref name="run"/>; returns at once. Progress goes to <see cref="SelfCheckRunProgressFeed"/>.</summary>
    void Launch(SelfCheckRun run);
}
