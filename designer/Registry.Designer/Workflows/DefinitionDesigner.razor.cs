using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Registry.Application.Designer;
using Registry.Application.Fields;
using Registry.Designer.Canvas;
using Registry.Workflows;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Workflows;

/// <summary>One workflow definition: its versions, any version's JSON and diagram, and the draft editor.</summary>
public partial class DefinitionDesigner
{
    private static readonly (ViewMode Mode, string Key)[] Modes =
    [
        (ViewMode.Json, "Show_Json"),
        (ViewMode.Canvas, "Show_Canvas"),
        (ViewMode.Diagram, "Show_Diagram"),
        (ViewMode.Table, "Show_Table"),
    ];

    private DesignerDefinitionDetail? _detail;
    private DesignerVersionView? _view;
    private ViewMode _mode = ViewMode.Json;
    private string _draftText = string.Empty;
    private IReadOnlyList<DefinitionIssue>? _issues;
    private IReadOnlyList<DiffLine>? _diff;
    private string? _diffBase;
    private string? _message;
    private string? _error;
    private DesignerUser _user = new(string.Empty, []);
    private WorkflowLayout? _layout;
    private IReadOnlyList<string> _ruleSets = [];

    private enum ViewMode
    {
        Json,
        Canvas,
        Diagram,
        Table,
    }

    /// <summary>The definition id from the route.</summary>
    [Parameter]
    public string DefinitionId { get; set; } = string.Empty;

    [Inject]
    private IWorkflowDesigner Designer { get; set; } = default!;

    [Inject]
    private IWorkflowLayoutStore Layouts { get; set; } = default!;

    [Inject]
    private IRuleSetListing RuleSetListing { get; set; } = default!;

    [Inject]
    private IOptions<WorkflowEngineOptions> EngineOptions { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private bool IsDraft => _view?.Definition.Status == DefinitionStatus.Draft;

    // The editor holds text the server has not stored: publishing now would publish the older saved draft.
    private bool HasUnsavedChanges => IsDraft && !string.Equals(_draftText, _view!.Json, StringComparison.Ordinal);

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _user = DesignerUsers.From((await AuthenticationState).User);
        await RunAsync(async () =>
        {
            await ReloadAsync();
            _layout = await Layouts.FindAsync(DefinitionId);
            _ruleSets = [.. (await RuleSetListing.ListAsync(_user)).Select(r => r.Name).Order(StringComparer.Ordinal)];
            if (_detail is not null && (_detail.Draft ?? _detail.LatestPublished ?? _detail.Versions[^1].Version) is var open)
            {
                await LoadVersionAsync(open);
            }
        });
    }

    private async Task ReloadAsync() => _detail = await Designer.GetAsync(_user, DefinitionId);

    private async Task LoadVersionAsync(int version)
    {
        _view = await Designer.GetVersionAsync(_user, DefinitionId, version);
        _draftText = _view.Json;
        _issues = null;
        _diff = null;
    }

    private Task OpenAsync(int version) => RunAsync(async () =>
    {
        _message = null;
        await LoadVersionAsync(version);
    });

    private Task NewDraftAsync(int fromVersion) => RunAsync(async () =>
    {
        var draft = await Designer.CreateDraftAsync(_user, DefinitionId, fromVersion);
        await ReloadAsync();
        await LoadVersionAsync(draft.Version);
        _mode = ViewMode.Json;
        _message = Format("DraftCreated", fromVersion, draft.Version);
    });

    private void OnCanvasChanged(string json)
    {
        _draftText = json;
        _issues = null;
        _diff = null;
    }

    // The canvas validates after every edit with the same service as the Validate button (engine validator, known roles
    // and rule sets); a draft over the size limit is said so, not thrown.
    private async Task<IReadOnlyList<DefinitionIssue>> ValidateJsonAsync(string json)
    {
        if (_view is null || !IsDraft)
        {
            return [];
        }

        if (json.Length > FieldLimits.DefinitionJson)
        {
            return [new DefinitionIssue(DefinitionId, null, null, TooLong(json.Length))];
        }

        try
        {
            return await Designer.ValidateAsync(_user, DefinitionId, _view.Definition.Version, json);
        }
        catch (Exception ex) when (ex is DesignerConflictException or KeyNotFoundException or FieldTooLongException)
        {
            return [new DefinitionIssue(DefinitionId, null, null, ex.Message)];
        }
    }

    private Task SaveLayoutAsync(WorkflowLayout layout) => RunAsync(async () =>
    {
        await Layouts.SaveAsync(layout);
        _layout = layout;
        _error = null;
        _message = D["Canvas_LayoutSaved"];
    });

    private Task ValidateAsync() => RunAsync(async () =>
    {
        _message = null;
        _issues = await Designer.ValidateAsync(_user, DefinitionId, _view!.Definition.Version, _draftText);
    });

    private void CheckDraftLength()
    {
        if (_draftText.Length > FieldLimits.DefinitionJson)
        {
            _message = null;
            _error = TooLong(_draftText.Length);
        }
    }

    private void DiscardChanges()
    {
        _draftText = _view?.Json ?? string.Empty;
        _error = null;
        _issues = null;
    }

    private string TooLong(int length) => Format("Draft_TooLong", length, FieldLimits.DefinitionJson);

    private Task SaveAsync() => RunAsync(async () =>
    {
        var version = _view!.Definition.Version;
        var result = await Designer.SaveDraftAsync(_user, DefinitionId, version, _draftText);
        _issues = result.Issues;
        if (!result.Saved)
        {
            _error = D["NotSaved"];
            return;
        }

        await ReloadAsync();
        _view = await Designer.GetVersionAsync(_user, DefinitionId, version);
        _draftText = _view.Json; // what was stored, in the store's layout: the editor and the saved draft agree again
        _message = Format(result.Issues.Count == 0 ? "Saved" : "SavedWithIssues", version);
    });

    private Task PublishAsync() => RunAsync(async () =>
    {
        if (HasUnsavedChanges)
        {
            _message = null;
            _error = D["Draft_Unsaved"];
            return;
        }

        var version = _view!.Definition.Version;
        try
        {
            await Designer.PublishAsync(_user, DefinitionId, version);
        }
        catch (WorkflowDefinitionException ex) when (ex.Issues.Count > 0)
        {
            _issues = ex.Issues;
            _error = D["PublishRefused"];
            return;
        }

        await ReloadAsync();
        await LoadVersionAsync(version);
        _message = Format("Published", version);
    });

    private Task ShowDiffAsync() => RunAsync(async () =>
    {
        if (_detail?.LatestPublished is not { } published)
        {
            _diff = LineDiff.Compute(string.Empty, _draftText);
            _diffBase = D["None"];
            return;
        }

        var baseline = await Designer.GetVersionAsync(_user, DefinitionId, published);
        _diff = LineDiff.Compute(baseline.Json, _draftText);
        _diffBase = published.ToString(CultureInfo.InvariantCulture);
    });

    // Every action shows its failure in the page: a refusal, a lost publish race, a missing version.
    private async Task RunAsync(Func<Task> action)
    {
        _error = null;
        try
        {
            await action();
        }
        catch (FieldTooLongException ex)
        {
            // The service refuses a draft over the limit before storing anything; the editor keeps the text.
            _message = null;
            _error = TooLong(ex.Length);
        }
        catch (DesignerAccessDeniedException)
        {
            _detail = null;
            _view = null;
            _error = D["Denied"];
        }
        catch (Exception ex) when (ex is DesignerConflictException or WorkflowDefinitionException or KeyNotFoundException)
        {
            _message = null;
            _error = Format("Error", ex.Message);
            if (ex is DesignerConflictException)
            {
                await ReloadAsync();
            }
        }
    }

    private string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, D[key], args);

    private string StatusText(DefinitionStatus status) => D[status == DefinitionStatus.Published ? "Status_Published" : "Status_Draft"];

    private string Time(DateTimeOffset at) => at.ToOffset(EngineOptions.Value.DisplayOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // Changed lines with three lines of context either side; a longer run of unchanged lines is shown as one gap (null).
    private IEnumerable<DiffLine?> DiffShown
    {
        get
        {
            var diff = _diff ?? [];
            const int context = 3;
            var gap = false;
            for (var i = 0; i < diff.Count; i++)
            {
                var near = false;
                for (var k = Math.Max(0, i - context); k <= Math.Min(diff.Count - 1, i + context) && !near; k++)
                {
                    near = diff[k].Kind != DiffLineKind.Kept;
                }

                if (near)
                {
                    gap = false;
                    yield return diff[i];
                }
                else if (!gap)
                {
                    gap = true;
                    yield return null;
                }
            }
        }
    }

    private static string DiffPrefix(DiffLineKind kind) => kind switch
    {
        DiffLineKind.Added => "+",
        DiffLineKind.Removed => "-",
        _ => " ",
    };

    private static string DiffStyle(DiffLineKind kind) => kind switch
    {
        DiffLineKind.Added => "background:#e6ffec; display:block;",
        DiffLineKind.Removed => "background:#ffebe9; display:block;",
        _ => "display:block; color:#57606a;",
    };
}
