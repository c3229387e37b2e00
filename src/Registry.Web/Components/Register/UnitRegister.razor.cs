using Microsoft.AspNetCore.Components;
using Registry.Application.Register.Browse;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Register;

/// <summary>
/// <c>/register/{unitCode}</c>: one unit's register book as of now or a chosen day, and its full history.
/// </summary>
public partial class UnitRegister
{
    private UnitRegisterView? _view;
    private IReadOnlyList<RegisterHistoryEntry> _history = [];
    private string? _loadedCode;
    private bool _exists;
    private string _displayCode = "";
    private DateTime? _asOfDate;
    private bool _loading = true;

    [Inject]
    private IRegisterBrowser Browser { get; set; } = default!;

    [Parameter]
    public string UnitCode { get; set; } = "";

    // Back to the search, pre-filled with this unit's code when no other search is known.
    private string BackHref => "register?q=" + Uri.EscapeDataString(UnitCode);

    protected override async Task OnParametersSetAsync()
    {
        if (UnitCode == _loadedCode)
        {
            return;
        }

        _loadedCode = UnitCode;
        _asOfDate = null;
        _view = null;
        _exists = false;
        _history = [];
        _loading = true;
        try
        {
            // One after the other: a Blazor Server circuit shares its scoped services, and an EF
            // DbContext must not run two queries at once.
            _view = await Browser.GetUnitAsync(UnitCode);
            _exists = _view is not null;
            _displayCode = _view?.DisplayCode ?? UnitCode;
            if (_exists)
            {
                _history = await Browser.GetHistoryAsync(UnitCode);
            }
        }
        finally
        {
            _loading = false;
        }
    }

    private string AsOfText => _asOfDate is { } d ? Display.Date(DateOnly.FromDateTime(d)) : "";

    private async Task OnAsOfChangedAsync(DateTime? date)
    {
        _asOfDate = date;
        await ReloadViewAsync();
    }

    private async Task ShowCurrentAsync()
    {
        _asOfDate = null;
        await ReloadViewAsync();
    }

    private async Task ReloadViewAsync()
    {
        _loading = true;
        try
        {
            DateTimeOffset? asOf = _asOfDate is { } d ? Display.EndOfChinaDay(DateOnly.FromDateTime(d)) : null;
            _view = await Browser.GetUnitAsync(UnitCode, asOf);
        }
        finally
        {
            _loading = false;
        }
    }
}
