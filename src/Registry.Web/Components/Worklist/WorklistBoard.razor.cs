using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Registry.Application.CaseFile;
using Registry.Application.Deadlines;
using Registry.Application.Fields;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Web.Formatting;
using Registry.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Web.Components.Worklist;

public partial class WorklistBoard
{
    /// <summary>Everyone who works on cases.</summary>
    public const string WorklistRoles = RegistryRoles.Acceptor + "," + RegistryRoles.FirstReview + "," + RegistryRoles.SecondReview + ","
        + RegistryRoles.Approver + "," + RegistryRoles.Recorder;

    private const int PageSize = 20;

    /// <summary>How long live changes are gathered before the list reloads once.</summary>
    public static readonly TimeSpan RefreshDelay = TimeSpan.FromMilliseconds(300);

    private static readonly (WorklistView View, string Id, string Key)[] Tabs =
    [
        (WorklistView.Mine, "worklist-view-mine", "Tab_Mine"),
        (WorklistView.Group, "worklist-view-group", "Tab_Group"),
        (WorklistView.Done, "worklist-view-done", "Tab_Done"),
        (WorklistView.Overdue, "worklist-view-overdue", "Tab_Overdue"),
        (WorklistView.Incidents, "worklist-view-incidents", "Tab_Incidents"),
    ];

    private WorklistView _view = WorklistView.Group;

    /// <summary>The Excel export of the view shown, with its type filter and search (a background job with a progress bar).</summary>
    private Registry.Web.Exports.WorklistExportRequest ExportRequest =>
        new(_view, string.IsNullOrEmpty(_businessType) ? null : _businessType, string.IsNullOrWhiteSpace(_search) ? null : _search);
    private WorklistPage _page = new([], 0);
    private IReadOnlyList<WorklistTypeOption> _types = [];
    private int _pageIndex;
    private string? _search;
    private string? _businessType;
    private string? _message;
    private string? _notice;
    private string _user = string.Empty;
    private IReadOnlyCollection<string> _roles = [];
    private bool _disposed;
    private readonly List<WorklistChange> _pending = [];
    private bool _refreshScheduled;
    private bool _claimingNext;

    [Inject]
    private IWorklist Worklist { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IWorklistEvents Events { get; set; } = default!;

    [Inject]
    private IStaffNames StaffNames { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string TotalText => _page.TotalIsLowerBound
        ? string.Format(CultureInfo.CurrentCulture, W["TotalAtLeast"], _page.Total)
        : string.Format(CultureInfo.CurrentCulture, W["Total"], _page.Total);

    /// <summary>Stops listening for task changes when the page closes or the circuit ends.</summary>
    public void Dispose()
    {
        _disposed = true;
        Events.Changed -= OnTaskChanged;
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _user = user.Identity?.Name ?? string.Empty;
        _roles = [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
        _types = Worklist.BusinessTypes();
        Events.Changed += OnTaskChanged;
        await LoadAsync();
    }

    // Raised on whichever thread committed the change (another user's circuit). A burst of claims and completions (a
    // colleague clearing a queue) is coalesced: the first change schedules one reload RefreshDelay later on this circuit's
    // dispatcher, and every change up to then rides along with it.
    private void OnTaskChanged(WorklistChange change)
    {
        if (_disposed)
        {
            return;
        }

        lock (_pending)
        {
            _pending.Add(change);
            if (_refreshScheduled)
            {
                return;
            }

            _refreshScheduled = true;
        }

        _ = RefreshSoonAsync();
    }

    private async Task RefreshSoonAsync()
    {
        await Task.Delay(RefreshDelay, Time);
        await InvokeAsync(async () =>
        {
            List<WorklistChange> changes;
            lock (_pending)
            {
                changes = [.. _pending];
                _pending.Clear();
                _refreshScheduled = false;
            }

            if (_disposed)
            {
                return;
            }

            await LoadAsync();
            var others = changes.Where(c => c.Actor != _user && c.CaseNumber is { Length: > 0 }).ToList();
            var cases = others.Select(c => c.CaseNumber!).Distinct(StringComparer.Ordinal).ToList();
            if (cases.Count == 1)
            {
                var actors = others.Select(c => c.Actor).Distinct(StringComparer.Ordinal).ToList();
                var names = await StaffNames.FindAsync(actors);
                _notice = string.Format(CultureInfo.CurrentCulture, W["RefreshedBy"], cases[0],
                    Display.List(actors.Select(a => names.GetValueOrDefault(a) ?? a)));
            }
            else if (cases.Count > 1)
            {
                _notice = string.Format(CultureInfo.CurrentCulture, W["RefreshedMany"], cases.Count, Display.List(cases));
            }

            StateHasChanged();
        });
    }

    private async Task LoadAsync()
    {
        try
        {
            _page = await Worklist.GetAsync(new WorklistQuery(_view, _search, _businessType, _pageIndex, PageSize), _user, _roles);
        }
        catch (FieldTooLongException e)
        {
            // The search box stops at the limit; a longer text only arrives from elsewhere. Say so, show nothing.
            _page = new WorklistPage([], 0);
            _message = FieldLimitText.Describe(e, L);
        }
    }

    private async Task ShowAsync(WorklistView view)
    {
        _view = view;
        _pageIndex = 0;
        _message = null;
        _notice = null;
        await LoadAsync();
    }

    private async Task PageAsync(int delta)
    {
        _pageIndex = Math.Max(0, _pageIndex + delta);
        await LoadAsync();
    }

    private async Task OnTypeChanged(string? type)
    {
        _businessType = string.IsNullOrEmpty(type) ? null : type;
        _pageIndex = 0;
        await LoadAsync();
    }

    private async Task OnSearchKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            _pageIndex = 0;
            await LoadAsync();
        }
    }

    /// <summary>取下一件: the task that has waited longest in the group queue is claimed (someone pressing at the same moment gets another) and opened.</summary>
    private async Task ClaimNextAsync()
    {
        _claimingNext = true;
        try
        {
            if (await Worklist.ClaimNextAsync(_user, _roles) is { } next)
            {
                Navigation.NavigateTo($"cases/{Uri.EscapeDataString(next.CaseNumber)}");
                return;
            }

            _message = null;
            _notice = W["ClaimNext_Empty"];
        }
        catch (WorkflowException e)
        {
            _message = await DescribeAsync(e);
        }
        finally
        {
            _claimingNext = false;
        }

        await LoadAsync();
    }

    private async Task ClaimAsync(WorklistItem item)
    {
        // Another examiner may have claimed it a moment ago: say so and show the list as it is now.
        try
        {
            await Worklist.ClaimAsync(item.InstanceId, item.TaskId, _user, _roles);
            _message = string.Format(CultureInfo.CurrentCulture, W["Claimed"], item.CaseNumber);
        }
        catch (WorkflowException e)
        {
            _message = await DescribeAsync(e);
        }
        catch (ClaimNotAllowedException e)
        {
            _message = string.Format(CultureInfo.CurrentCulture, W["ClaimNeedsRole"], e.TaskName, e.CaseNumber, RoleName(e.Role));
        }

        await LoadAsync();
    }

    // Who holds or finished the task, by display name (one lookup), in the UI culture; other engine refusals as they are.
    private async Task<string> DescribeAsync(WorkflowException e)
    {
        var (key, step, login, at) = e switch
        {
            TaskClaimedException claimed => ("ClaimedByOther", Steps.Of(claimed.Bookmark.NodeName), claimed.Bookmark.Assignee, claimed.Bookmark.ClaimedAt),
            TaskAlreadyCompletedException done => ("AlreadyDone", Steps.Of(done.Closed.Bookmark.NodeName), done.Closed.ClosedBy, (DateTimeOffset?)done.Closed.ClosedAt),
            _ => (null, null, null, null),
        };
        if (key is null || login is null)
        {
            return e.Message;
        }

        var names = await StaffNames.FindAsync([login]);
        return string.Format(CultureInfo.CurrentCulture, W[key], step, names.GetValueOrDefault(login) ?? login, Display.Time(at));
    }

    private async Task ReleaseAsync(WorklistItem item)
    {
        try
        {
            await Worklist.ReleaseAsync(item.InstanceId, item.TaskId, _user);
        }
        catch (WorkflowException e)
        {
            _message = await DescribeAsync(e);
        }

        await LoadAsync();
    }

    private string RoleName(string role)
    {
        var name = L["Role_" + role];
        return name.ResourceNotFound ? role : name.Value;
    }

    private static string BadgeClass(DeadlineStage? stage) => stage switch
    {
        DeadlineStage.Green => "deadline-badge deadline-green",
        DeadlineStage.Amber => "deadline-badge deadline-amber",
        DeadlineStage.Red or DeadlineStage.Escalated => "deadline-badge deadline-red",
        _ => "deadline-badge deadline-none",
    };

    private string BadgeText(WorklistItem item) => item.Stage switch
    {
        null or DeadlineStage.Closed => "—",
        DeadlineStage.Red or DeadlineStage.Escalated => W["Overdue"],
        _ when item.RemainingWorkingDays == 1 => W["DaysLeft_One"],
        _ => string.Format(CultureInfo.CurrentCulture, W["DaysLeft"], item.RemainingWorkingDays),
    };

    private string OutcomeText(string? outcome)
    {
        if (outcome is null)
        {
            return "—";
        }

        var text = W["Outcome_" + outcome];
        return text.ResourceNotFound ? outcome : text.Value;
    }
}
