using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Registry.Application.Fields;
using Registry.Application.Register.Browse;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Register;

/// <summary>
/// <c>/register?q=…</c>: search units by code prefix, location (坐落) or holder (权利人), paged on the server.
/// The search text lives in the URL so "back" from a unit returns to the same results.
/// </summary>
public partial class RegisterSearch
{
    private static readonly int[] PageSizes = [10, 20, 50, 100];

    private MudTable<UnitSummary>? _table;
    private string? _text;
    private string? _searchedText;
    private bool _loading;
    private bool _initialized;
    private string? _tooLong;

    [Inject]
    private IRegisterBrowser Browser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The search text, from the query string.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Query { get; set; }

    protected override void OnParametersSet()
    {
        // A new ?q= (the search button, or back/forward) re-keys the table: a fresh one loads page 0 once.
        var query = Normalize(Query);
        if (_initialized && query == _searchedText)
        {
            return;
        }

        _initialized = true;
        _searchedText = query;
        _text = query;
    }

    internal static string UnitHref(string unitCode) => "register/" + Uri.EscapeDataString(unitCode);

    private async Task<TableData<UnitSummary>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        _loading = true;
        _tooLong = null;
        try
        {
            var page = await Browser.SearchAsync(new UnitSearch(_searchedText, state.Page, state.PageSize), cancellationToken);
            return new TableData<UnitSummary> { Items = page.Items, TotalItems = page.Total };
        }
        catch (FieldTooLongException e)
        {
            // A long ?q= in a pasted link: say so instead of searching.
            _tooLong = FieldLimitText.Describe(e, L);
            StateHasChanged();
            return new TableData<UnitSummary> { Items = [], TotalItems = 0 };
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task OnSearchKeyDown(KeyboardEventArgs e)
    {
        if (e.Key is "Enter" or "NumpadEnter")
        {
            await SearchAsync();
        }
    }

    private async Task SearchAsync()
    {
        var text = Normalize(_text);
        if (text == _searchedText)
        {
            // Same text: refresh in place (the register may have changed since).
            if (_table is not null)
            {
                await _table.ReloadServerData();
            }

            return;
        }

        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("q", text), replace: false);
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
