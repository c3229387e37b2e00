using Microsoft.AspNetCore.Components;
using Registry.Application.Inspection;

namespace Registry.Web.Components.Inspection;

public partial class InspectForm
{
    private List<Row> _rows = [];
    private IReadOnlyList<InspectionError> _errors = [];
    private string? _remark;
    private string? _assignee;
    private string? _initialisedFor;

    /// <summary>The case being inspected.</summary>
    [Parameter]
    [EditorRequired]
    public string CaseNumber { get; set; } = string.Empty;

    /// <summary>Who a rectification goes to unless the inspector names someone else.</summary>
    [Parameter]
    public string ResponsibleExaminer { get; set; } = string.Empty;

    /// <summary>Items self-check found problems with: they start as failed.</summary>
    [Parameter]
    public IReadOnlySet<InspectionItem> Suggested { get; set; } = new HashSet<InspectionItem>();

    /// <summary>The latest verdict, when re-inspecting: the form starts from it.</summary>
    [Parameter]
    public InspectionVerdict? Previous { get; set; }

    /// <summary>Disables the button while the page saves.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Called with valid item results, remark and assignee.</summary>
    [Parameter]
    public EventCallback<InspectSubmission> OnSubmit { get; set; }

    /// <summary>Errors the service returned, shown by item.</summary>
    [Parameter]
    public IReadOnlyList<InspectionError>? ServerErrors { get; set; }

    protected override void OnParametersSet()
    {
        var key = $"{CaseNumber}#{Previous?.Revision}";
        if (ServerErrors is { Count: > 0 } server)
        {
            _errors = server;
        }

        if (_initialisedFor == key)
        {
            return;
        }

        _initialisedFor = key;
        _errors = [];
        _remark = Previous?.Remark;
        _assignee = null;
        _rows = [.. InspectionChecklist.Items.Select(i => Previous?.Items.FirstOrDefault(r => r.Item == i) is { } p
            ? new Row(i) { Passed = p.Passed, Note = p.Note }
            : new Row(i) { Passed = !Suggested.Contains(i) })];
    }

    private string? ErrorOf(InspectionItem item) =>
        _errors.FirstOrDefault(e => e.Field == $"items[{item}].note" || e.Field == $"items[{item}]") is { } error
            ? InspectionErrorText.Describe(error, L)
            : null;

    private async Task SubmitAsync()
    {
        var items = _rows.Select(r => new InspectionItemResult(r.Item, r.Passed, r.Note)).ToList();
        _errors = InspectionChecklist.Validate(items);
        if (_errors.Count > 0)
        {
            return;
        }

        await OnSubmit.InvokeAsync(new InspectSubmission(items, _remark, _assignee));
    }

    private sealed class Row(InspectionItem item)
    {
        public InspectionItem Item { get; } = item;

        public bool Passed { get; set; } = true;

        public string? Note { get; set; }
    }
}
