namespace Registry.Web.Exports;

/// <summary>
/// One person's export running in the background: rows written against the total (for the progress bar), then the file
/// to download. Written by the export's thread, read by the page's circuit: the counters are read as whole values.
/// </summary>
public sealed class ExportJob : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private int _written;
    private int _total = -1;
    private volatile ExportJobStatus _status;

    internal ExportJob(string owner, ExportRequest request, DateTimeOffset startedAt)
    {
        Owner = owner;
        Request = request;
        StartedAt = startedAt;
    }

    /// <summary>Raised (on the export's thread) when progress or the status changes.</summary>
    public event Action? Changed;

    /// <summary>The job's id (its download address).</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>Who started it: only they may see or download it.</summary>
    public string Owner { get; }

    /// <summary>What is exported.</summary>
    public ExportRequest Request { get; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>When it stopped (done, failed or cancelled), or null while running.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Where it stands.</summary>
    public ExportJobStatus Status => _status;

    /// <summary>Data rows written so far.</summary>
    public int Written => Volatile.Read(ref _written);

    /// <summary>Rows the file will hold, or null until counted.</summary>
    public int? Total => Volatile.Read(ref _total) is var t && t >= 0 ? t : null;

    /// <summary>0–1 once the total is known.</summary>
    public double? Fraction => Total is { } total ? (total == 0 ? 1 : Math.Clamp((double)Written / total, 0, 1)) : null;

    /// <summary>The download's file name.</summary>
    public string FileName => Request.FileName;

    /// <summary>The finished file (deleted when the job expires or is cancelled).</summary>
    internal string? Path { get; private set; }

    internal CancellationToken CancellationToken => _cancellation.Token;

    internal void SetTotal(int total)
    {
        Volatile.Write(ref _total, total);
        Changed?.Invoke();
    }

    internal void SetWritten(int rows)
    {
        Volatile.Write(ref _written, rows);
        Changed?.Invoke();
    }

    internal void Cancel()
    {
        if (_status == ExportJobStatus.Running)
        {
            _cancellation.Cancel();
        }
    }

    internal void Finish(ExportJobStatus status, string? path, DateTimeOffset at)
    {
        Path = path;
        EndedAt = at;
        _status = status;
        Changed?.Invoke();
        ((IDisposable)this).Dispose();
    }

    /// <summary>Releases the cancellation source once the job has stopped (<see cref="Finish"/>).</summary>
    void IDisposable.Dispose() => _cancellation.Dispose();
}
