using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Application.Review;
using Registry.Web.Components.Cases;

namespace Registry.Web.Components.Inspection;

public partial class SamplePage
{
    private InspectionSampleView? _view;
    private InspectionActor? _actor;
    private SampledCase? _selected;
    private IReadOnlyList<RuleFinding> _findings = [];
    private IReadOnlySet<InspectionItem> _suggested = new HashSet<InspectionItem>();
    private IReadOnlyList<InspectionVerdict> _history = [];
    private IReadOnlyList<InspectionError>? _serverErrors;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _notFound;
    private bool _busy;

    /// <summary>The sample from the address.</summary>
    [Parameter]
    public Guid SampleId { get; set; }

    [Inject]
    private InspectionService Inspection { get; set; } = default!;

    [Inject]
    private IBusinessTypeCatalogue Catalogue { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _actor = InspectionActors.From((await AuthenticationState).User);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _view = await Inspection.FindSampleAsync(_actor!, SampleId);
        _notFound = _view is null;
        if (_selected is not null && _view is not null)
        {
            _history = await Inspection.HistoryAsync(_actor!, SampleId, _selected.CaseNumber);
        }
    }

    private async Task SelectAsync(SampledCase c)
    {
        _selected = c;
        _message = null;
        _serverErrors = null;
        _findings = await Inspection.SelfCheckAsync(_actor!, c.CaseNumber);
        _suggested = _findings.Select(InspectionChecklist.ItemOf).ToHashSet();
        _history = await Inspection.HistoryAsync(_actor!, SampleId, c.CaseNumber);
    }

    private async Task RecordAsync(InspectSubmission submission)
    {
        if (_selected is null || _busy)
        {
            return;
        }

        _busy = true;
        _serverErrors = null;
        var expected = _view?.Latest.GetValueOrDefault(_selected.CaseNumber)?.Revision ?? 0;
        try
        {
            var (verdict, _) = await Inspection.RecordAsync(_actor!, new InspectionRecordRequest(
                SampleId, _selected.CaseNumber, expected, submission.Items, submission.Remark, submission.Assignee));
            Say(Severity.Success, T.Format("Form_Saved", verdict.CaseNumber, T["Verdict_" + verdict.Verdict], verdict.Revision));
        }
        catch (InspectionInvalidException e)
        {
            _serverErrors = e.Errors;
            Say(Severity.Error, InspectionErrorText.Describe(e, L));
        }
        catch (InspectionConflictException e)
        {
            // Someone else recorded first: show what they recorded.
            Say(Severity.Warning, T.Format("Conflict", e.Message));
        }
        catch (InspectionNotAllowedException e)
        {
            Say(Severity.Error, T.Format("NotAllowed", e.Message));
        }
        finally
        {
            _busy = false;
        }

        await ReloadAsync();
    }

    private async Task ActOnRectificationAsync(RectificationAction action)
    {
        try
        {
            _ = action.Kind switch
            {
                RectificationEventKind.Closed => await Inspection.CloseAsync(_actor!, action.RectificationId, action.ExpectedSequence, action.Text),
                RectificationEventKind.Reopened => await Inspection.ReopenAsync(_actor!, action.RectificationId, action.ExpectedSequence, action.Text),
                _ => throw new InvalidOperationException($"The inspector cannot {action.Kind} a rectification."),
            };
            Say(Severity.Success, T["Rect_Done"]);
        }
        catch (InspectionInvalidException e)
        {
            Say(Severity.Error, InspectionErrorText.Describe(e, L));
        }
        catch (InspectionConflictException e)
        {
            Say(Severity.Warning, e.Message);
        }
        catch (InspectionNotAllowedException e)
        {
            Say(Severity.Error, T.Format("NotAllowed", e.Message));
        }

        await ReloadAsync();
    }

    private void Say(Severity severity, string message)
    {
        _messageSeverity = severity;
        _message = message;
    }

    private string TypeName(string? code) =>
        code is null ? T["AllTypes"] : Catalogue.TryFind(code, out var t) && t is not null ? (CaseText.IsChinese ? t.Name.Zh : t.Name.En) : code;
}
