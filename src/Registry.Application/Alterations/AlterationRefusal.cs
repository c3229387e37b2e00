namespace Registry.Application.Alterations;

/// <summary>Why an alteration of a running case was refused (the page words each in the UI language).</summary>
public enum AlterationRefusal
{
    /// <summary>No reason was given.</summary>
    ReasonMissing,

    /// <summary>The case has no running workflow (it ended, or never started one).</summary>
    NotRunning,

    /// <summary>The task is no longer open (completed or moved on).</summary>
    TaskNotOpen,

    /// <summary>The chosen person does not hold the task's role.</summary>
    AssigneeNotInRole,

    /// <summary>The chosen person already holds the task.</summary>
    AlreadyHeld,
}
