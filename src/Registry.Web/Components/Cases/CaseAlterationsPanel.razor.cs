using Microsoft.AspNetCore.Components;
using Registry.Application.Alterations;
using Registry.Application.CaseFile;
using Registry.Application.Migration;
using Registry.Application.Transactions;
using Registry.Workflows.Runtime;

namespace Registry.Web.Components.Cases;

/// <summary>Reassign (转办) an open step to another person of its role, or stop (终止) the case, each with its reason.</summary>
public partial class CaseAlterationsPanel
{
    private readonly Dictionary<string, IReadOnlyList<StaffMember>> _candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _assignee = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);
    private string? _cancelReason;
    private string? _message;
    private bool _failed;
    private bool _busy;

    /// <summary>The case.</summary>
    [Parameter]
    [EditorRequired]
    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>The case's open human tasks.</summary>
    [Parameter]
    public IReadOnlyList<CaseFileTask> Tasks { get; set; } = [];

    /// <summary>Signed-in user.</summary>
    [Parameter]
    public string User { get; set; } = string.Empty;

    /// <summary>The user's roles.</summary>
    [Parameter]
    public IReadOnlyCollection<string> Roles { get; set; } = [];

    /// <summary>Raised after a change, so the page reloads the case.</summary>
    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private ICaseAlterations Service { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _candidates.Clear();
        foreach (var task in Tasks)
        {
            try
            {
                _candidates[task.TaskId] = await Service.CandidatesAsync(CaseNumber, task.TaskId);
            }
            catch (AlterationRefusedException)
            {
                // The step closed meanwhile: it is simply not offered.
            }
        }
    }

    private Task ReassignAsync(CaseFileTask task)
    {
        var to = _assignee.GetValueOrDefault(task.TaskId);
        var name = _candidates.GetValueOrDefault(task.TaskId)?.FirstOrDefault(c => c.Login == to)?.DisplayName ?? to;
        return RunAsync(
            () => Service.ReassignAsync(CaseNumber, task.TaskId, to ?? string.Empty, _reasons.GetValueOrDefault(task.TaskId) ?? string.Empty, User, Roles),
            A.Format("Reassign_Done", Steps.Of(task.NodeName), name ?? string.Empty));
    }

    private Task CancelAsync() =>
        RunAsync(() => Service.CancelAsync(CaseNumber, _cancelReason ?? string.Empty, User, Roles), A["Cancel_Done"]);

    private async Task RunAsync(Func<Task> action, string done)
    {
        _busy = true;
        _failed = false;
        try
        {
            await action();
            _message = done;
            _reasons.Clear();
            _assignee.Clear();
            _cancelReason = null;
            await Changed.InvokeAsync();
        }
        catch (AlterationRefusedException e)
        {
            _failed = true;
            _message = A[$"Refusal_{e.Refusal}"];
        }
        catch (MigrationAccessDeniedException)
        {
            _failed = true;
            _message = A["Denied"];
        }
        catch (Exception e) when (e is CommandConflictException or WorkflowConcurrencyException or TaskAlreadyCompletedException)
        {
            _failed = true;
            _message = A["Conflict"];
        }
        finally
        {
            _busy = false;
        }
    }
}
