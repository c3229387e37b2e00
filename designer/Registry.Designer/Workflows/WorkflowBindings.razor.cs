using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Registry.Application.Designer;
using Registry.Workflows;

namespace Registry.Designer.Workflows;

/// <summary>Which workflow each business type's new cases start on (a picker per type), and new definitions, blank or from a template.</summary>
public sealed partial class WorkflowBindings
{
    private readonly Dictionary<string, string> _picked = new(StringComparer.Ordinal);
    private IReadOnlyList<DesignerBindingRow>? _rows;
    private IReadOnlyList<string>? _definitions;
    private string? _error;
    private string? _message;
    private string? _created;
    private string _newId = string.Empty;
    private string _newNameZh = string.Empty;
    private string _newNameEn = string.Empty;
    private string _newTemplate = string.Empty;
    private DesignerUser? _user;

    [Inject]
    private IWorkflowBindingDesigner Bindings { get; set; } = default!;

    [Inject]
    private IOptions<WorkflowEngineOptions> EngineOptions { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = DesignerUsers.From((await AuthenticationState).User);
        await RunAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        _rows = await Bindings.ListAsync(_user!);
        _definitions = await Bindings.BindableDefinitionsAsync(_user!);
    }

    private async Task BindAsync(DesignerBindingRow row)
    {
        var target = Picked(row);
        await RunAsync(async () =>
        {
            var bound = await Bindings.BindAsync(_user!, row.BusinessType, target);
            _picked.Remove(row.BusinessType);
            await LoadAsync();
            _message = Format("Bindings_Saved", TypeName(bound), bound.DefinitionId);
        });
    }

    private async Task CreateAsync()
    {
        await RunAsync(async () =>
        {
            var draft = await Bindings.CreateDefinitionAsync(_user!, new NewDefinitionRequest(_newId.Trim(), _newNameZh, _newNameEn, string.IsNullOrEmpty(_newTemplate) ? null : _newTemplate));
            _created = draft.Id;
            _message = Format(string.IsNullOrEmpty(_newTemplate) ? "New_CreatedBlank" : "New_CreatedFrom", draft.Id, _newTemplate);
        });
    }

    private async Task RunAsync(Func<Task> action)
    {
        _error = null;
        _message = null;
        try
        {
            await action();
        }
        catch (DesignerAccessDeniedException)
        {
            _rows = null;
            _error = D["Denied"];
        }
        catch (WorkflowBindingRefusedException ex)
        {
            // Worded from the reason code in the page's language; the values named are the admin's own input.
            _error = Format($"Refused_{ex.Reason}", [.. ex.Arguments]);
        }
    }

    private string Picked(DesignerBindingRow row) => _picked.GetValueOrDefault(row.BusinessType, row.DefinitionId);

    private void Pick(DesignerBindingRow row, string? definitionId)
    {
        if (!string.IsNullOrEmpty(definitionId))
        {
            _picked[row.BusinessType] = definitionId;
        }
    }

    /// <summary>The published definitions, plus the current one should it have no published version any more.</summary>
    private IEnumerable<string> Choices(DesignerBindingRow row) =>
        _definitions!.Contains(row.DefinitionId, StringComparer.Ordinal) ? _definitions! : [row.DefinitionId, .. _definitions!];

    private static string TypeName(DesignerBindingRow row) =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? row.Name.Zh : row.Name.En;

    private string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, D[key], args);

    private string Time(DateTimeOffset? at) => at?.ToOffset(EngineOptions.Value.DisplayOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;
}
