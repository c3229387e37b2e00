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

        // Formats are set on the column once (a date column's on its first date), never per cell: a style per cell is what
        // made a 100,000-row export hold hundreds of MiB.
        var formatted = columns.Select(c => c.Format is not null).ToArray();
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Value(row);
                if (value is null)
                {
                    continue;
                }

                if (!formatted[c] && value is DateTimeOffset or DateOnly)
                {
                    sheet.Column(c + 1).Style.NumberFormat.Format = value is DateOnly ? DateFormat : DateTimeFormat;
                    formatted[c] = true;
                }

                WriteValue(sheet.Cell(r, c + 1), value);
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
        if (value is null)
        {
            return;
        }

        WriteValue(cell, value);
        if (format is not null || value is DateTimeOffset or DateOnly)
        {
            cell.Style.NumberFormat.Format = format ?? (value is DateOnly ? DateFormat : DateTimeFormat);
        }
    }

    /// <summary>The value alone, leaving the cell's style (its column's) untouched.</summary>
    private static void WriteValue(IXLCell cell, object value)
    {
        switch (value)
        {
            case string s:
                cell.SetValue(s);
                break;
            case DateTimeOffset at:
                cell.SetValue(at.ToOffset(China).DateTime);
                break;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
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
    }

    private static string SheetName(string name) => StreamedWorkbook.SheetName(name);
}
