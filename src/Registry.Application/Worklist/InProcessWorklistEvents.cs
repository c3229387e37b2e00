namespace Registry.Application.Worklist;

/// <summary>The in-process <see cref="IWorklistEvents"/>: a multicast event over one singleton.</summary>
public sealed class InProcessWorklistEvents : IWorklistEvents
{
    /// <inheritdoc />
    public event Action<WorklistChange>? Changed;

    /// <inheritdoc />
    public void Raise(WorklistChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (Changed is not { } handlers)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Action<WorklistChange>>())
        {
            try
            {
                handler(change);
            }
#pragma warning disable CA1031 // A disposed or broken circuit must not fail the examiner's committed decision.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }
}
