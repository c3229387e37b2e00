using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;

namespace Registry.Web.Exports;

/// <summary>
/// Runs large exports in the background, one per person and table: the page shows the job's progress and, when done, a
/// download link (<c>/export/jobs/{id}</c>, for its owner only). Files live in a directory of their own under the temp
/// directory and are deleted when the job is cancelled or replaced, <see cref="Retention"/> after it ends, and when the
/// host stops; files a crashed host left behind are deleted at start.
/// </summary>
internal sealed class ExportJobs : IDisposable
{
    /// <summary>How long a finished file stays downloadable.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<Guid, ExportJob> _jobs = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<ExportJobs> _log;
    private readonly ITimer _sweep;
    private readonly Lock _gate = new();

    public ExportJobs(IServiceScopeFactory scopes, TimeProvider time, ILogger<ExportJobs> log, string? directory = null)
    {
        _scopes = scopes;
        _time = time;
        _log = log;
        Directory = directory ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "registry-exports");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var stale in new DirectoryInfo(Directory).EnumerateFiles("export-*.xlsx").Where(f => f.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime - Retention))
        {
            TryDelete(stale.FullName);
        }

        _sweep = time.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>Where the files are written.</summary>
    public string Directory { get; }

    /// <summary>Starts <paramref name="request"/> for <paramref name="user"/>, replacing their previous export of the same table.</summary>
    /// <exception cref="UnauthorizedAccessException">The person holds none of the roles the export needs.</exception>
    public ExportJob Start(ClaimsPrincipal user, ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var owner = user.Identity?.Name;
        if (string.IsNullOrEmpty(owner) || !request.Allows(user))
        {
            throw new UnauthorizedAccessException("The export needs one of the roles " + string.Join(", ", request.Roles));
        }

        var job = new ExportJob(owner, request, _time.GetUtcNow());
        lock (_gate)
        {
            foreach (var previous in _jobs.Values.Where(j => j.Owner == owner && j.Request.Table == request.Table).ToList())
            {
                Remove(previous);
            }

            _jobs[job.Id] = job;
        }

        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        _ = Task.Run(() => RunAsync(job, user, culture, uiCulture));
        return job;
    }

    /// <summary>The job <paramref name="id"/> if <paramref name="owner"/> started it.</summary>
    public ExportJob? Find(Guid id, string? owner) =>
        _jobs.TryGetValue(id, out var job) && owner is not null && job.Owner == owner ? job : null;

    /// <summary><paramref name="owner"/>'s current export of <paramref name="request"/>'s table, to show again when they come back to the page.</summary>
    public ExportJob? Latest(string? owner, ExportRequest request) =>
        owner is null ? null : _jobs.Values.Where(j => j.Owner == owner && j.Request.Table == request.Table).MaxBy(j => j.StartedAt);

    /// <summary>Cancels a running job or discards a finished one (its file deleted).</summary>
    public void Cancel(ExportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            Remove(job);
        }
    }

    /// <summary>Cancels every job and deletes every file (the host is stopping).</summary>
    public void Dispose()
    {
        _sweep.Dispose();
        lock (_gate)
        {
            foreach (var job in _jobs.Values.ToList())
            {
                Remove(job);
            }
        }
    }

    private async Task RunAsync(ExportJob job, ClaimsPrincipal user, CultureInfo culture, CultureInfo uiCulture)
    {
        // The headers and type names are in the language of the page that asked.
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        var path = System.IO.Path.Combine(Directory, $"export-{job.Id:N}.xlsx");
        try
        {
            await using (var scope = _scopes.CreateAsyncScope())
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                using var book = new StreamedWorkbook(file);
                await job.Request.WriteAsync(scope.ServiceProvider, user, book, job, job.CancellationToken).ConfigureAwait(false);
                book.Complete();
            }

            lock (_gate)
            {
                if (_jobs.ContainsKey(job.Id))
                {
                    job.Finish(ExportJobStatus.Done, path, _time.GetUtcNow());
                    return;
                }

                // Cancelled or replaced just as the last row was written.
                job.Finish(ExportJobStatus.Cancelled, null, _time.GetUtcNow());
            }

            TryDelete(path);
        }
        catch (OperationCanceledException) when (job.CancellationToken.IsCancellationRequested)
        {
            TryDelete(path);
            lock (_gate)
            {
                job.Finish(ExportJobStatus.Cancelled, null, _time.GetUtcNow());
            }
        }
#pragma warning disable CA1031 // A failed export is reported on the page and logged; it must not take the host down.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _log.LogError(e, "Export {Job} of {Table} for {Owner} failed", job.Id, job.Request.Table, job.Owner);
            TryDelete(path);
            lock (_gate)
            {
                job.Finish(ExportJobStatus.Failed, null, _time.GetUtcNow());
            }
        }
    }

    /// <summary>Forgets <paramref name="job"/>: cancels it if running, deletes its file if done. Called under the gate.</summary>
    private void Remove(ExportJob job)
    {
        _jobs.TryRemove(job.Id, out _);
        job.Cancel();
        if (job.Path is { } path)
        {
            TryDelete(path);
        }
    }

    private void Sweep()
    {
        var cutoff = _time.GetUtcNow() - Retention;
        lock (_gate)
        {
            foreach (var job in _jobs.Values.Where(j => j.EndedAt < cutoff).ToList())
            {
                Remove(job);
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            _log.LogWarning(e, "Could not delete export file {Path}", path);
        }
        catch (UnauthorizedAccessException e)
        {
            _log.LogWarning(e, "Could not delete export file {Path}", path);
        }
    }
}
