using ClosedXML.Excel;

namespace Registry.Web.Exports;

/// <summary>
/// Writes rows into a ClosedXML sheet with a bold, frozen header row, set widths (never measured: measuring fonts needs
/// GDI+), dates as Excel dates in China time and numbers as numbers.
/// </summary>
internal static class ExcelSheets
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm";
    public const string DateFormat = "yyyy-mm-dd";
    public const string PercentFormat = "0.0%";
    public const string DecimalFormat = "0.0";

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static IXLWorksheet Add<T>(XLWorkbook book, string name, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = book.Worksheets.Add(SheetName(name));
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xE6, 0xF0);
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            if (columns[c].Format is { } format)
            {
                column.Style.NumberFormat.Format = format;
            }
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                Write(sheet.Cell(r, c + 1), columns[c].Value(row), columns[c].Format);
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    /// <summary>Writes <paramref name="value"/> with its own type, so a number stays a number and a case number stays text.</summary>
    public static void Write(IXLCell cell, object? value, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(cell);
        switch (value)
        {
            case null:
                return;
            case string s:
                cell.SetValue(s);
                break;
            case DateTimeOffset at:
                cell.SetValue(at.ToOffset(China).DateTime);
                cell.Style.NumberFormat.Format = format ?? DateTimeFormat;
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = format ?? DateFormat;
                break;
            case int i:
                cell.SetValue(i);
                break;
            case long l:
                cell.SetValue(l);
                break;
            case double d:
                cell.SetValue(d);
                break;
            case decimal m:
                cell.SetValue(m);
                break;
            case bool b:
                cell.SetValue(b);
                break;
            default:
                cell.SetValue(value.ToString() ?? string.Empty);
                break;
        }

        if (format is not null && value is not (DateTimeOffset or DateOnly))
        {
            cell.Style.NumberFormat.Format = format;
        }
    }

    /// <summary>Excel refuses sheet names over 31 characters or with <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '-' : ch)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
