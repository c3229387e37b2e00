using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Application.Review;
using Registry.Web.Components.Cases;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Inspection;

public partial class SelfCheckRunsPage
{
    private IReadOnlyList<SelfCheckRun> _runs = [];
    private SelfCheckRunResults? _results;
    private InspectionActor? _actor;
    private DateTime? _from;
    private DateTime? _to;
    private string? _error;
    private bool _busy;

    /// <summary>The run whose results are shown (from the list's link, or the one just started).</summary>
    [SupplyParameterFromQuery(Name = "run")]
    public Guid? RunQuery { get; set; }

    [Inject]
    private SelfCheckRunService Runs { get; set; } = default!;

    [Inject]
    private SelfCheckRunProgressFeed Feed { get; set; } = default!;

    [Inject]
    private IBusinessTypeCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    public void Dispose()
    {
        Feed.Changed -= OnProgress;
        GC.SuppressFinalize(this);
    }

    protected override async Task OnInitializedAsync()
    {
        _actor = InspectionActors.From((await AuthenticationState).User);
        // Default range: the previous calendar month, Beijing time (as for drawing a sample).
        var today = Display.ChinaDay(Time.GetUtcNow());
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        _from = firstOfMonth.AddMonths(-1).ToDateTime(TimeOnly.MinValue);
        _to = firstOfMonth.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        Feed.Changed += OnProgress;
        await ReloadAsync(RunQuery);
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_actor is not null && RunQuery is { } id && _results?.Run.Id != id)
        {
            await ReloadAsync(id);
        }
    }

    private async Task ReloadAsync(Guid? show)
    {
        _runs = await Runs.ListAsync(_actor!);
        var id = show ?? _results?.Run.Id ?? (_runs.Count > 0 ? _runs[0].Id : null);
        _results = id is { } runId ? await Runs.ResultsAsync(_actor!, runId) : null;
    }

    // Progress comes from the run's background thread: copy it into the list on the circuit's dispatcher.
    private void OnProgress(object? sender, SelfCheckRunProgress progress) => _ = InvokeAsync(async () =>
    {
        var run = progress.Run;
        if (run.Status != SelfCheckRunStatus.Running || !_runs.Any(r => r.Id == run.Id))
        {
            await ReloadAsync(_results?.Run.Id == run.Id || _results is null ? run.Id : _results.Run.Id);
        }
        else
        {
            _runs = [.. _runs.Select(r => r.Id == run.Id ? run : r)];
        }

        StateHasChanged();
    });

    private async Task StartAsync()
    {
        if (_busy || _actor is null)
        {
            return;
        }

        _error = null;
        if (_from is null || _to is null)
        {
            _error = T["Runs_Error_Dates"];
            return;
        }

        var from = DateOnly.FromDateTime(_from.Value);
        var to = DateOnly.FromDateTime(_to.Value);
        await RunCommandAsync(async actor => (await Runs.StartAsync(actor, from, to)).Id);
    }

    private async Task ResumeAsync(Guid runId)
    {
        if (_busy || _actor is null)
        {
            return;
        }

        _error = null;
        await RunCommandAsync(async actor =>
        {
            await Runs.ResumeAsync(actor, runId);
            return runId;
        });
    }

    // Starting and resuming refuse alike: invalid range, another run active (named), role not allowed.
    private async Task RunCommandAsync(Func<InspectionActor, Task<Guid>> command)
    {
        _busy = true;
        try
        {
            await ReloadAsync(await command(_actor!));
        }
        catch (InspectionInvalidException e)
        {
            _error = Describe(e);
        }
        catch (SelfCheckRunConflictException e)
        {
            _error = Busy(e);
        }
        catch (InspectionNotAllowedException)
        {
            _error = T["Runs_Error_NotAllowed"];
        }
        finally
        {
            _busy = false;
        }
    }

    private string Describe(InspectionInvalidException e) => (e.Errors.Count > 0 ? e.Errors[0].Field : null) switch
    {
        "to" => T.Format("Runs_Error_Reversed", Display.Date(DateOnly.FromDateTime(_to!.Value)), Display.Date(DateOnly.FromDateTime(_from!.Value))),
        "from" => T.Format("Runs_Error_Empty", Display.Date(DateOnly.FromDateTime(_from!.Value)), Display.Date(DateOnly.FromDateTime(_to!.Value))),
        "status" => T["Runs_Error_NotResumable"],
        _ => T["Runs_Error_NotFound"],
    };

    private string Busy(SelfCheckRunConflictException e) => e.Running switch
    {
        null => T["Runs_Error_TakenOver"],
        { } running when Interrupted(running) => T.Format("Runs_Error_Interrupted", Display.Time(running.StartedAt), Starter(running), running.CheckedCases, running.TotalCases),
        { } running => T.Format("Runs_Error_Busy", Display.Time(running.StartedAt), Starter(running), running.CheckedCases, running.TotalCases),
    };

    // Who started a run: the inspector's name, or the nightly job / command line in the UI language (never a stored system name).
    private string Starter(SelfCheckRun run) =>
        run.Trigger == SelfCheckRunTrigger.OnDemand ? $"{T["Runs_Trigger_OnDemand"]} {run.StartedByName}" : T[$"Runs_Trigger_{run.Trigger}"];

    // The first nightly run covers every finished case: its range starts at the beginning, shown as such.
    private string RangeStart(SelfCheckRun run) => run.From <= UnattendedSelfCheck.Beginning ? T["Runs_Range_All"] : Display.Time(run.From);

    private bool Interrupted(SelfCheckRun run) => run.IsInterrupted(Time.GetUtcNow(), Runs.Lease);

    private string StatusText(SelfCheckRun run) =>
        Interrupted(run) ? T["Runs_Status_Interrupted"] : T[$"Runs_Status_{run.Status}"];

    private static string Rate(double rate) => (rate * 100d).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private string TypeName(string code) =>
        Catalogue.TryFind(code, out var t) && t is not null ? (CaseText.IsChinese ? t.Name.Zh : t.Name.En) : code;

    // The rule's Chinese name on Chinese pages; elsewhere its code (already shown) and the English message say it.
    private static string RuleName(SelfCheckStoredFinding f) => CaseText.IsChinese ? f.NameZh : f.RuleCode;

    private string Message(SelfCheckStoredFinding f) =>
        f.Outcome == RuleOutcome.Error
            ? T.Format("Runs_RuleError", f.Error)
            : (CaseText.IsChinese ? f.MessageZh : f.MessageEn ?? f.MessageZh) ?? string.Empty;

    /// <summary>The failing cases under each category they fail in (a case failing two categories is listed under both).</summary>
    private static List<(string Category, List<(SelfCheckCaseResult Case, List<SelfCheckStoredFinding> Findings)> Cases)> ByCategory(SelfCheckRunResults results) =>
        [.. SelfCheckTally.Categories
            .Select(c => (c.Code, Cases: results.FailingCases
                .Select(x => (Case: x, Findings: x.Findings.Where(f => f.Category == c.Code).ToList()))
                .Where(x => x.Findings.Count > 0)
                .ToList()))
            .Where(g => g.Cases.Count > 0)];
}
