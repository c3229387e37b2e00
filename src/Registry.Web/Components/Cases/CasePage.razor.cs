using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.CaseFile;
using Registry.Application.Deadlines;
using Registry.Application.Examination;
using Registry.Designer.Canvas;
using Registry.Domain;

namespace Registry.Web.Components.Cases;

public partial class CasePage
{
    private CaseFile? _file;
    private CaseDiagram? _diagram;
    private DecisionOption? _option;
    private string? _separation;
    private string? _claimedByOther;
    private string? _blocked;
    private string? _problem;
    private string? _conflict;
    private string? _conflictUser;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private string? _done;
    private string? _signalDone;
    private string? _signalRefused;
    private bool _busy;
    private string _user = string.Empty;
    private IReadOnlyCollection<string> _roles = [];

    /// <summary>The case number from the address.</summary>
    [Parameter]
    public string CaseNo { get; set; } = string.Empty;

    [Inject]
    private ICaseFileQuery CaseFiles { get; set; } = default!;

    [Inject]
    private CaseDecisionService Decisions { get; set; } = default!;

    [Inject]
    private IStaffNames StaffNames { get; set; } = default!;

    [Inject]
    private ICaseSignals Signals { get; set; } = default!;

    [Inject]
    private IWorkflowLayoutStore Layouts { get; set; } = default!;

    [Inject]
    private ILogger<CasePage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _user = user.Identity?.Name ?? string.Empty;
        _roles = [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
        _conflict = null;
        _conflictUser = null;
        _done = null;
        _signalDone = null;
        _signalRefused = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _problem = null;
        _option = null;
        _separation = null;
        _claimedByOther = null;
        _blocked = null;
        try
        {
            _file = await CaseFiles.FindAsync(CaseNo);
        }
        catch (DomainValidationException e)
        {
            _file = null;
            _problem = C.Format("Case_Invalid", CaseNo, e.Message);
            return;
        }

        if (_file is null)
        {
            _problem = C.Format("Case_NotFound", CaseNo);
            return;
        }

        _diagram = _file.Workflow is { } workflow ? await CaseDiagram.FromAsync(workflow, Layouts) : null;

        // Everyone the page names, in one query.
        await AddNamesAsync([
            _file.Case.AcceptedBy,
            .. _file.Journal.Select(l => l.Actor),
            .. _file.Workflow?.OpenTasks.Select(t => t.Assignee).OfType<string>() ?? [],
        ]);

        // Only ask the decision service when one of the open tasks is for a role this person holds.
        var mine = _file.Workflow?.OpenTasks.Where(t => t.Role is not null && _roles.Contains(t.Role)).ToList() ?? [];
        if (mine.Count == 0)
        {
            return;
        }

        _option = await Decisions.FindOptionAsync(_file.Case.CaseNumber, _user, _roles);
        if (_option is null)
        {
            var claimed = mine.FirstOrDefault(t => t.Assignee is not null && t.Assignee != _user);
            _claimedByOther = claimed is null ? null : C.Format("Decision_ClaimedByOther", Steps.Of(claimed.NodeName), Who(claimed.Assignee));
            return;
        }

        _separation = await Decisions.SeparationOfDutiesViolationAsync(_file.Case.CaseNumber, _user, _option);

        // Said before the examiner writes an opinion: approval is refused while a blocking finding stands.
        var blocking = await Decisions.BlockingFindingsAsync(_file.Case.CaseNumber);
        _blocked = blocking.Count == 0 ? null : DecisionConflicts.Describe(new DecisionBlockedException(_file.Case.CaseNumber, Steps.Of(_option.Task.NodeName), blocking), C);
    }

    private async Task DecideAsync(DecisionRequest request)
    {
        if (_option is null || _busy)
        {
            return;
        }

        // The page names the task it showed: if that task was decided elsewhere meanwhile, the service refuses with who
        // and when instead of acting on whatever task is open now.
        var option = _option;
        _busy = true;
        _conflict = null;
        _done = null;
        try
        {
            await Decisions.DecideTaskAsync(_file!.Case.CaseNumber, _user, _roles, request, option.Task.NodeId, option.Task.Id);
            _done = C.Format("Decision_Done", Steps.Of(option.Task.NodeName) + " · " + L["Decision_" + request.Kind]);
        }
        catch (Exception e) when (DecisionConflicts.Describe(e, C) is not null)
        {
            _conflictUser = DecisionConflicts.Person(e);
            if (_conflictUser is not null)
            {
                await AddNamesAsync([_conflictUser]);
            }

            _conflict = DecisionConflicts.Describe(e, C, Who);
        }
        catch (Exception e)
        {
            // A later automatic step (booking, certificate) failed; the engine saved nothing of this step. Say so on the
            // page instead of losing the circuit, and keep the details in the log.
            Logger.LogError(e, "Decision on case {CaseNumber} failed", _file?.Case.CaseNumber);
            _conflict = Hosting.Outages.IsDatabaseUnavailable(e) ? C["Decision_DatabaseUnavailable"] : C.Format("Decision_Failed", e.Message);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    // Confirms an outside signal (完税) the case waits for; the service checks the role again and names who won a race.
    private async Task ConfirmSignalAsync(CaseFileSignalWait wait)
    {
        if (_file is null || _busy)
        {
            return;
        }

        _busy = true;
        _signalDone = null;
        _signalRefused = null;
        _conflict = null;
        _done = null;
        try
        {
            await Signals.ConfirmAsync(_file.Case.CaseNumber, wait.SignalName, _user, _roles);
            _signalDone = C.Format("Signal_Done", C.Or("Signal_", wait.SignalName));
        }
        catch (SignalRefusedException e)
        {
            if (e.ReceivedBy is not null)
            {
                await AddNamesAsync([e.ReceivedBy]);
            }

            _signalRefused = SignalRefusals.Describe(e, C, L, _roles, Who);
        }
        catch (Exception e) when (DecisionConflicts.Describe(e, C) is { } text)
        {
            _signalRefused = text;
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private async Task AddNamesAsync(IReadOnlyCollection<string> logins)
    {
        var unknown = logins.Where(l => !string.IsNullOrEmpty(l) && !_names.ContainsKey(l)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var found = await StaffNames.FindAsync(unknown);
        foreach (var login in unknown)
        {
            // Remember misses too (system, tax-bureau), so they are not asked for again; those named in the resources
            // (系统) are shown in the page's language.
            _names[login] = found.GetValueOrDefault(login) ?? L.Or("Actor_", login);
        }
    }

    /// <summary>The display name of <paramref name="login"/> (e.g. 王芳 for reviewer1), or the login when unknown.</summary>
    private string Who(string? login) => login is null ? string.Empty : _names.GetValueOrDefault(login) ?? login;

    private static string DeadlineClass(DeadlineStage stage) => stage switch
    {
        DeadlineStage.Green => "deadline-badge deadline-green",
        DeadlineStage.Amber => "deadline-badge deadline-amber",
        DeadlineStage.Red or DeadlineStage.Escalated => "deadline-badge deadline-red",
        _ => "deadline-badge deadline-none",
    };

    private string DeadlineText(CaseFileDeadline d) => d.Stage switch
    {
        DeadlineStage.Closed => C["Deadline_Closed"],
        DeadlineStage.Red or DeadlineStage.Escalated => C["Deadline_Overdue"],
        _ when d.RemainingWorkingDays == 1 => C["Deadline_Remaining_One"],
        _ => C.Format("Deadline_Remaining", d.RemainingWorkingDays),
    };

    // The documents this case has now, among those the user's roles hand out (the download checks the roles again).
    private List<(string Kind, string Label)> Documents(CaseFile file)
    {
        var list = new List<(string, string)>();
        var lastDecision = file.Journal.LastOrDefault(l => l.Action == nameof(Registry.Workflows.Journal.JournalAction.Returned)
            || (l.Action == nameof(Registry.Workflows.Journal.JournalAction.Completed) && l.NodeName is not null));
        var notices = _roles.Any(Registry.Application.Documents.CaseDocuments.NoticeRoles.Contains);
        if (notices && file.Case.Status == nameof(Registry.Domain.Cases.CaseStatus.Accepted) && lastDecision?.Action == nameof(Registry.Workflows.Journal.JournalAction.Returned))
        {
            list.Add(("supplement", C["Documents_Supplement"]));
        }

        if (notices && file.Case.Status == nameof(Registry.Domain.Cases.CaseStatus.Rejected))
        {
            list.Add(("refusal", C["Documents_Refusal"]));
        }

        if (file.Case.CertificateNo is not null && _roles.Any(Registry.Application.Documents.CaseDocuments.CertificateRoles.Contains))
        {
            list.Add(("certificate", C["Documents_Certificate"]));
        }

        return list;
    }
}
