using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Registry.Application.Deadlines;
using Registry.Application.Designer;

namespace Registry.Designer.Calendars;

/// <summary>
/// The working-day calendar's years for the business admin: which are official (the State Council notice is loaded) and which
/// provisional, and an upload of a year file; after a load the open cases' deadlines are recomputed and the count is shown.
/// </summary>
public partial class CalendarYears
{
    // A year file lists a few dozen dates; anything near this size is not one.
    private const long MaxFileBytes = 256 * 1024;

    private IReadOnlyList<CalendarYearSummary>? _years;
    private string? _error;
    private string? _loaded;
    private bool _busy;

    [Inject]
    private ICalendarAdministration Calendars { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override void OnInitialized() => List();

    private void List()
    {
        var year = Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
        _years = Calendars.ListYears(year - 1, year + 3);
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _error = null;
        _loaded = null;
        var file = e.File;
        if (file.Size > MaxFileBytes)
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["Calendars_TooLarge"], file.Name, MaxFileBytes / 1024);
            return;
        }

        _busy = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(MaxFileBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var user = DesignerUsers.From((await AuthenticationState).User);
            var result = await Calendars.LoadYearAsync(buffer.ToArray(), file.Name, user);
            _loaded = string.Format(CultureInfo.CurrentCulture, D["Calendars_Loaded"], result.Year, result.Recomputed, result.Changed, result.StillProvisional);
            List();
        }
        catch (CalendarFileRejectedException refused)
        {
            _error = string.Format(CultureInfo.CurrentCulture, D["Calendars_Refused"], file.Name, refused.Message);
        }
        catch (DesignerAccessDeniedException)
        {
            _error = D["Denied"];
        }
        finally
        {
            _busy = false;
        }
    }

    private string SourceText(string? source) => source switch
    {
        "folder" => D["Calendars_Source_folder"],
        "database" => D["Calendars_Source_database"],
        _ => "—",
    };

    /// <summary>A help text whose {n} placeholders are file-format names, shown as code (not words to translate).</summary>
    private static RenderFragment WithCode(string text, params string[] names) => builder =>
    {
        foreach (var part in System.Text.RegularExpressions.Regex.Split(text, @"(\{\d\})"))
        {
            if (part is ['{', var d, '}'] && char.IsAsciiDigit(d))
            {
                builder.OpenElement(0, "code");
                builder.AddContent(1, names[d - '0']);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(2, part);
            }
        }
    };
}
