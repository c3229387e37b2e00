namespace Registry.Application.Deadlines;

/// <summary>Where a case stands against its statutory deadline (超时预警), as shown on the consoles.</summary>
public enum DeadlineStage
{
    /// <summary>Normal (green).</summary>
    Green = 0,

    /// <summary>Warning (amber, 预警): few working days left.</summary>
    Amber = 1,

    /// <summary>Overdue (red, 超期): past the due instant.</summary>
    Red = 2,

    /// <summary>Overdue and escalated to the office lead.</summary>
    Escalated = 3,

    /// <summary>The case is finished (办结); the deadline no longer runs.</summary>
    Closed = 4,
}
