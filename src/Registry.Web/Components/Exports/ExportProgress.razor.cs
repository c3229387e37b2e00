using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Web.Components.Cases;
using Registry.Web.Exports;

namespace Registry.Web.Components.Exports;

/// <summary>
/// The export button of a page whose table can be large: it starts the export as a background job for the signed-in
/// person (<see cref="ExportJobs"/>), shows its progress (rows written of the total) with a cancel button, then a link to
/// the file. Coming back to the page shows the same job while it is kept.
/// </summary>
public partial class ExportProgress
{
    /// <summary>How often the bar is redrawn at most while rows are written.</summary>
    private const long RedrawMilliseconds = 200;

    private ExportJob? _job;
    private string? _owner;
    private bool _refused;
    private long _lastDraw;
    private int _trailing;
    private volatile bool _disposed;

    /// <summary>What to export (the page's current table, filters included).</summary>
    [Parameter]
    [EditorRequired]
    public ExportRequest Request { get; set; } = default!;

    /// <summary>The start button's text.</summary>
    [Parameter]
    [EditorRequired]
    public string Label { get; set; } = string.Empty;

    /// <summary>The element id; the buttons' ids are derived from it.</summary>
    [Parameter]
    public string Id { get; set; } = "export";

    [Inject]
    private ExportJobs Jobs { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string? Message => _refused
        ? X["Job_Refused"].Value
        : _job?.Status switch
        {
            ExportJobStatus.Failed => X["Job_Failed"].Value,
            ExportJobStatus.Cancelled => X["Job_Cancelled"].Value,
            _ => null,
        };

    /// <summary>Stops listening to the job (it runs on without the page).</summary>
    public void Dispose()
    {
        _disposed = true;
        Watch(null);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _owner ??= (await AuthenticationState).User.Identity?.Name;
        // The job shown is this table's, with these filters: another tab or filter starts afresh.
        Watch(Jobs.Latest(_owner, Request) is { } latest && latest.Request == Request ? latest : null);
    }

    private async Task Start()
    {
        _refused = false;
        try
        {
            Watch(Jobs.Start((await AuthenticationState).User, Request));
        }
        catch (UnauthorizedAccessException)
        {
            _refused = true;
            Watch(null);
        }
    }

    private void Cancel()
    {
        if (_job is { } job)
        {
            Jobs.Cancel(job);
        }
    }

    private void Watch(ExportJob? job)
    {
        if (ReferenceEquals(job, _job))
        {
            return;
        }

        if (_job is not null)
        {
            _job.Changed -= OnChanged;
        }

        _job = job;
        if (job is not null)
        {
            job.Changed += OnChanged;
        }
    }

    /// <summary>
    /// On the export's thread: redraw when the status changes, and at most every <see cref="RedrawMilliseconds"/>
    /// otherwise; a change inside that window is drawn once the window ends (the export may pause after it).
    /// </summary>
    private void OnChanged()
    {
        if (_job is { Status: ExportJobStatus.Running } && Environment.TickCount64 - Interlocked.Read(ref _lastDraw) < RedrawMilliseconds)
        {
            if (Interlocked.Exchange(ref _trailing, 1) == 0)
            {
                _ = Task.Delay(TimeSpan.FromMilliseconds(RedrawMilliseconds)).ContinueWith(_ =>
                {
                    Interlocked.Exchange(ref _trailing, 0);
                    Draw();
                }, TaskScheduler.Default);
            }

            return;
        }

        Draw();
    }

    private void Draw()
    {
        if (_disposed)
        {
            return;
        }

        Interlocked.Exchange(ref _lastDraw, Environment.TickCount64);
        _ = InvokeAsync(StateHasChanged);
    }

    private string RunningText(ExportJob job) =>
        job.Total is { } total
            ? X.Format("Job_Progress", job.Written.ToString("N0", CultureInfo.CurrentCulture), total.ToString("N0", CultureInfo.CurrentCulture),
                (job.Fraction ?? 0).ToString("P0", CultureInfo.CurrentCulture)) + Capped(job)
            : X["Job_Counting"];

    private string DoneText(ExportJob job) => X.Format("Job_Done", job.Written.ToString("N0", CultureInfo.CurrentCulture)) + Capped(job);

    private string Capped(ExportJob job) =>
        job.Request.MaxRows is { } max && job.Total >= max ? X.Format("Job_Capped", max.ToString("N0", CultureInfo.CurrentCulture)) : string.Empty;
}
