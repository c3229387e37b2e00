using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Application.Catalogue;
using Registry.Application.Inspection;
using Registry.Web.Components.Cases;
using Registry.Web.Formatting;

namespace Registry.Web.Components.Inspection;

public partial class InspectionPage
{
    private IReadOnlyList<InspectionSampleSummary> _samples = [];
    private IReadOnlyList<InspectionError> _errors = [];
    private InspectionActor? _actor;
    private DateTime? _from;
    private DateTime? _to;
    private string? _type;
    private decimal _ratePercent;
    private int? _seed;
    private SampleStrata _strata = SampleStrata.None;
    private int _minimum = 1;
    private bool _allowOverlap;
    private string? _done;
    private bool _busy;

    /// <summary>First completion date of the range to draw from (yyyy-MM-dd), e.g. from a link; default: the previous month's first day.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? FromQuery { get; set; }

    /// <summary>Last completion date of the range (yyyy-MM-dd); default: the previous month's last day.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? ToQuery { get; set; }

    [Inject]
    private InspectionService Inspection { get; set; } = default!;

    [Inject]
    private IBusinessTypeCatalogue Catalogue { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = InspectionActors.From((await AuthenticationState).User);
        // Default range: the previous calendar month, Beijing time.
        var today = Display.ChinaDay(Time.GetUtcNow());
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        _from = firstOfMonth.AddMonths(-1).ToDateTime(TimeOnly.MinValue);
        _to = firstOfMonth.AddDays(-1).ToDateTime(TimeOnly.MinValue);
        if (DateOnly.TryParseExact(FromQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            _from = from.ToDateTime(TimeOnly.MinValue);
        }

        if (DateOnly.TryParseExact(ToQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            _to = to.ToDateTime(TimeOnly.MinValue);
        }
        _ratePercent = Inspection.DefaultRate * 100m;
        _samples = await Inspection.ListSamplesAsync(_actor);
    }

    private async Task DrawAsync()
    {
        if (_busy || _actor is null)
        {
            return;
        }

        _busy = true;
        _errors = [];
        _done = null;
        try
        {
            var errors = new List<InspectionError>();
            if (_from is null)
            {
                errors.Add(new InspectionError("from", T["Draw_From"]));
            }

            if (_to is null)
            {
                errors.Add(new InspectionError("to", T["Draw_To"]));
            }

            if (errors.Count > 0)
            {
                _errors = errors;
                return;
            }

            var sample = await Inspection.DrawSampleAsync(_actor, new SampleRequest(
                DateOnly.FromDateTime(_from!.Value), DateOnly.FromDateTime(_to!.Value), _type, _ratePercent / 100m, _seed, _strata, _minimum, _allowOverlap));
            _done = T.Format("Draw_Done", sample.Cases.Count, sample.Population, Percent(sample.Rate), sample.Seed);
            _samples = await Inspection.ListSamplesAsync(_actor);
        }
        catch (InspectionInvalidException e)
        {
            _errors = e.Errors;
        }
        finally
        {
            _busy = false;
        }
    }

    private string TypeName(string? code) =>
        code is null ? T["AllTypes"] : Catalogue.TryFind(code, out var t) && t is not null ? (CaseText.IsChinese ? t.Name.Zh : t.Name.En) : code;

    internal static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
