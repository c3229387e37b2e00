using System.Globalization;

namespace Registry.Web.Formatting;

/// <summary>
/// How the consoles show amounts, dates and instants. Amounts are always yuan with two decimals, dates
/// yyyy-MM-dd in every culture (the register's own notation), and instants in China Standard Time (UTC+8,
/// no daylight saving), whatever the server's time zone.
/// </summary>
public static class Display
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Amount(decimal yuan) =>
        "¥" + yuan.ToString("N2", CultureInfo.CurrentCulture);

    public static string Area(decimal squareMetres) =>
        squareMetres.ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>The instant on the clock of China Standard Time.</summary>
    public static DateTimeOffset InChina(DateTimeOffset instant) => instant.ToOffset(ChinaStandardTime);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    public static string Date(DateTimeOffset instant) =>
        instant.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset instant) =>
        instant.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? instant) => instant is { } i ? Time(i) : "—";

    /// <summary>
    /// <see cref="Time(DateTimeOffset)"/> in its two parts, the date (yyyy-MM-dd) and the hour (HH:mm) in China Standard
    /// Time, for a cell that may wrap between them but never inside either.
    /// </summary>
    public static (string Date, string Hour) DateAndHour(DateTimeOffset instant)
    {
        var china = instant.ToOffset(ChinaStandardTime);
        return (china.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), china.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>Items as a list in the UI language: 甲、乙、丙 in Chinese, "A, B, C" in English.</summary>
    public static string List(IEnumerable<string> items) =>
        string.Join(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "、" : ", ", items);

    public static string Term(DateOnly? start, DateOnly? end) =>
        start is null && end is null ? "—" : $"{Date(start)} ~ {Date(end)}";

    /// <summary>The last instant of a calendar day in China: "as of 2024-05-01" includes everything recorded that day.</summary>
    public static DateTimeOffset EndOfChinaDay(DateOnly date) =>
        new(date.ToDateTime(TimeOnly.MaxValue), ChinaStandardTime);

    /// <summary>The calendar day in China of an instant.</summary>
    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaStandardTime).DateTime);
}
