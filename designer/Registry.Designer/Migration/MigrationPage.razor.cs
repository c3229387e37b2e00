using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.Designer;
using Registry.Application.Migration;
using Registry.Workflows.Activities;
using Registry.Workflows.Definitions;

namespace Registry.Designer.Migration;

/// <summary>
/// Migration of running cases (Camunda's migration plan): source and target version, the waiting steps mapped by id or by
/// hand, a dry run listing every running case, then the chosen cases moved in batches with a progress bar.
/// </summary>
public sealed partial class MigrationPage
{
    private readonly Dictionary<string, string> _mapping = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _picked = [];
    private readonly Dictionary<Guid, MigrationOutcome> _outcomes = [];
    private DesignerDefinitionDetail? _detail;
    private DesignerUser? _user;
    private MigrationProposal? _proposal;
    private IReadOnlyList<MigrationDryRunRow>? _rows;
    private MigrationProgress? _progress;
    private string? _error;
    private string? _finished;
    private int _source;
    private int _target;
    private bool _stale;
    private bool _busy;

    /// <summary>The workflow definition whose running cases move.</summary>
    [Parameter]
    public string DefinitionId { get; set; } = string.Empty;

    [Inject]
    private IWorkflowDesigner Designer { get; set; } = default!;

    [Inject]
    private IInstanceMigration Migration { get; set; } = default!;

    [Inject]
    private IActivityRegistry Activities { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Versions with running cases.</summary>
    private List<DesignerVersionRow> Sources => _detail is null ? [] : [.. _detail.Versions.Where(v => v.Running > 0)];

    /// <summary>Published versions other than the chosen source.</summary>
    private List<DesignerVersionRow> Targets => _detail is null ? [] : [.. _detail.Versions.Where(v => v.Status == DefinitionStatus.Published && v.Version != _source)];

    protected override async Task OnInitializedAsync()
    {
        _user = DesignerUsers.From((await AuthenticationState).User);
        await RunAsync(async () =>
        {
            _detail = await Designer.GetAsync(_user, DefinitionId);
            _source = Sources.Select(v => v.Version).FirstOrDefault();
            _target = Targets.Select(v => v.Version).DefaultIfEmpty().Max();
        });
    }

    private void PickSource(string? value)
    {
        _source = int.Parse(value ?? "0", CultureInfo.InvariantCulture);
        if (!Targets.Exists(v => v.Version == _target))
        {
            _target = Targets.Select(v => v.Version).DefaultIfEmpty().Max();
        }

        Reset();
    }

    private void PickTarget(string? value)
    {
        _target = int.Parse(value ?? "0", CultureInfo.InvariantCulture);
        Reset();
    }

    private void Reset()
    {
        _proposal = null;
        _rows = null;
        _progress = null;
        _finished = null;
        _mapping.Clear();
        _picked.Clear();
        _outcomes.Clear();
    }

    private async Task ProposeAsync()
    {
        Reset();
        await RunAsync(async () =>
        {
            _proposal = await Migration.ProposeAsync(_user!, DefinitionId, _source, _target);
            foreach (var node in _proposal.Nodes.Where(n => n.ById is not null))
            {
                _mapping[node.NodeId] = node.ById!;
            }
        });
    }

    private void Map(string nodeId, string? target)
    {
        if (string.IsNullOrEmpty(target))
        {
            _mapping.Remove(nodeId);
        }
        else
        {
            _mapping[nodeId] = target;
        }

        // A dry run stands only for the mapping it was made with.
        _stale = _rows is not null;
    }

    private MigrationPlan Plan() => new(DefinitionId, _source, _target, _mapping.ToImmutableDictionary(StringComparer.Ordinal));

    private async Task DryRunAsync()
    {
        await RunAsync(async () =>
        {
            _rows = await Migration.DryRunAsync(_user!, Plan());
            _stale = false;
            _progress = null;
            _finished = null;
            _outcomes.Clear();
            _picked.Clear();
            _picked.UnionWith(_rows.Where(r => r.CanMove).Select(r => r.InstanceId));
        });
    }

    private void Pick(Guid instanceId, bool picked)
    {
        if (picked)
        {
            _picked.Add(instanceId);
        }
        else
        {
            _picked.Remove(instanceId);
        }
    }

    private async Task ExecuteAsync()
    {
        var chosen = _rows!.Where(r => _picked.Contains(r.InstanceId)).Select(r => r.InstanceId).ToList();
        _progress = new MigrationProgress(0, chosen.Count, 0);
        _finished = null;
        await RunAsync(async () =>
        {
            var progress = new PageProgress(this);
            var outcomes = await Migration.ExecuteAsync(_user!, Plan(), chosen, progress);
            foreach (var outcome in outcomes)
            {
                _outcomes[outcome.InstanceId] = outcome;
            }

            _picked.Clear();
            _progress = new MigrationProgress(outcomes.Count, chosen.Count, outcomes.Count(o => o.Moved));
            _finished = string.Format(CultureInfo.CurrentCulture, M["Done"], outcomes.Count(o => o.Moved), outcomes.Count(o => !o.Moved));
            _detail = await Designer.GetAsync(_user!, DefinitionId);
        });
    }

    private string ResultText(MigrationDryRunRow row)
    {
        if (_outcomes.TryGetValue(row.InstanceId, out var outcome))
        {
            return outcome.Moved ? M["Moved"] : BlockText(outcome.Block, outcome.Detail);
        }

        if (!row.CanMove)
        {
            return BlockText(row.Block, row.BlockedAt);
        }

        return row.ClaimedBy is null ? M["CanMove"] : $"{M["CanMove"]} {string.Format(CultureInfo.CurrentCulture, M["ClaimedBy"], row.ClaimedBy)}";
    }

    private string BlockText(MigrationBlock block, string? at) =>
        string.Format(CultureInfo.CurrentCulture, M[$"Block_{block}"], block == MigrationBlock.Refused ? string.Empty : at ?? string.Empty);

    private string KindName(string kind) =>
        Activities.Find(kind) is { } descriptor
            ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? descriptor.DisplayName.Zh : descriptor.DisplayName.En ?? descriptor.DisplayName.Zh)
            : kind;

    private async Task RunAsync(Func<Task> action)
    {
        _error = null;
        _busy = true;
        try
        {
            await action();
        }
        catch (MigrationAccessDeniedException)
        {
            _error = M["Denied"];
        }
        catch (DesignerAccessDeniedException)
        {
            _error = M["Denied"];
        }
        catch (KeyNotFoundException)
        {
            _error = M["NotFound"];
        }
        catch (ArgumentException)
        {
            _error = M["Invalid"];
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Shows each batch's progress as it is reported (the service reports from the page's own async flow).</summary>
    private sealed class PageProgress(MigrationPage page) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value)
        {
            page._progress = value;
            _ = page.InvokeAsync(page.StateHasChanged);
        }
    }
}
