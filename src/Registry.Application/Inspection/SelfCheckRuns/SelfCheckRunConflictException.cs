namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Another self-check run is in progress (one run at a time), or the run was taken over by another process; nothing was
/// started or stored. Names the run in the way, who started it and when.
/// </summary>
public sealed class SelfCheckRunConflictException : Exception
{
    /// <summary>Creates the exception naming the run in the way.</summary>
    public SelfCheckRunConflictException(SelfCheckRun running)
        : base($"自检批次 {running?.Id} 正在运行（{running?.StartedByName} 于 {running?.StartedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} 启动），同一时间只运行一个批次。")
    {
        Running = running;
    }

    /// <summary>Required by the exception pattern.</summary>
    public SelfCheckRunConflictException()
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public SelfCheckRunConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern.</summary>
    public SelfCheckRunConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The run in progress; null when unknown.</summary>
    public SelfCheckRun? Running { get; }
}
