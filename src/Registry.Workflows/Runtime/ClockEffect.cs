namespace Registry.Workflows.Runtime;

/// <summary>How the statutory clock treats an interval (see the time-limits rules: announcement, supplement and suspension do not count).</summary>
public enum ClockEffect
{
    /// <summary>The interval does not count towards the time limit.</summary>
    Paused,

    /// <summary>The interval counts towards the time limit.</summary>
    Running,
}
