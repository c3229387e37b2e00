using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Registry.Application.Deadlines;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Workflows;

namespace Registry.Web.Components.Worklist;

public partial class WorklistBoard
{
    /// <summary>Everyone who works on cases.</summary>
    public const string WorklistRoles = RegistryRoles.Acceptor + "," + RegistryRoles.FirstReview + "," + RegistryRoles.SecondReview + ","
        + RegistryRoles.Approver + "," + RegistryRoles.Recorder;

    private const int PageSize = 20;

    private static readonly (WorklistView View, string Id, string Key)[] Tabs =
    [
        (WorklistView.Mine, "worklist-view-mine", "Tab_Mine"),
        (WorklistView.Group, "worklist-view-group", "Tab_Group"),
        (WorklistView.Done, "worklist-view-done", "Tab_Done"),
        (WorklistView.Overdue, "worklist-view-overdue", "Tab_Overdue"),
    ];

    private WorklistView _view = WorklistView.Group;
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

    [Inject]
    private IWorklist Worklist { get; set; } = default!;

    [Inject]
    private IWorklistEvents Events { get; set; } = default!;

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

    // Raised on whichever thread committed the change (another user's circuit): hop onto this circuit's dispatcher.
    private void OnTaskChanged(WorklistChange change)
    {
        if (_disposed)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (_disposed)
            {
                return;
            }

            await LoadAsync();
            _notice = change.Actor != _user && change.CaseNumber is { Length: > 0 } number
                ? string.Format(CultureInfo.CurrentCulture, W["Refreshed"], number)
                : _notice;
            StateHasChanged();
        });
    }

    private async Task LoadAsync() =>
        _page = await Worklist.GetAsync(new WorklistQuery(_view, _search, _businessType, _pageIndex, PageSize), _user, _roles);

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

    private async Task ClaimAsync(WorklistItem item)
    {
        // Another examiner may have claimed it a moment ago: say so and show the list as it is now.
        try
        {
            await Worklist.ClaimAsync(item.InstanceId, item.TaskId, _user);
            _message = string.Format(CultureInfo.CurrentCulture, W["Claimed"], item.CaseNumber);
        }
        catch (WorkflowException e)
        {
            _message = e.Message;
        }

        await LoadAsync();
    }

    private async Task ReleaseAsync(WorklistItem item)
    {
        try
        {
            await Worklist.ReleaseAsync(item.InstanceId, item.TaskId, _user);
        }
        catch (WorkflowException e)
        {
            _message = e.Message;
        }

        await LoadAsync();
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
