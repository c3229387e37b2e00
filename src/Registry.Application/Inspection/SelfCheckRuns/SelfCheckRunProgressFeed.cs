namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Raises an event each time a run of this process stores a batch, starts or finishes (a singleton: consoles subscribe for
/// a live progress bar; runs of another server are seen by reading the store).
/// </summary>
public sealed class SelfCheckRunProgressFeed
{
    /// <summary>A run stored progress.</summary>
    public event EventHandler<SelfCheckRunProgress>? Changed;

    /// <summary>Tells the subscribers.</summary>
    public void Publish(SelfCheckRun run) => Changed?.Invoke(this, new SelfCheckRunProgress(run));
}
