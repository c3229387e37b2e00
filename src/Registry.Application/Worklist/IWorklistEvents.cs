namespace Registry.Application.Worklist;

/// <summary>
/// Tells open worklists that tasks changed. In-process only: every Blazor circuit of this server subscribes to one
/// singleton. A deployment with several web servers would need a backplane (e.g. a database poll or a message bus)
/// to carry changes between servers; each server would then raise what it receives here.
/// </summary>
public interface IWorklistEvents
{
    /// <summary>Raised after a task change was committed. Handlers run on the raiser's thread and must not block.</summary>
    event Action<WorklistChange>? Changed;

    /// <summary>Tells every subscriber; a failing subscriber does not stop the others or the raiser.</summary>
    void Raise(WorklistChange change);
}
