using System.Globalization;

namespace Registry.Scheduling.Calendar.Provisional;

/// <summary>
/// The public holidays the 全国年节及纪念日放假办法 (Measures on National Holidays) fixes by date, for a year whose State
/// Council notice is not loaded. Only the statutory days themselves: the yearly notice also moves rest days next to them and
/// makes some weekends working days (调休), and gives a make-up day for a holiday on a weekend (art. 6) — none of which can
/// be derived, so a provisional year has none of them.
/// </summary>
/// <remarks>
/// Lunar dates come from <see cref="ChineseLunisolarCalendar"/> (which covers 1901–2100), 清明 from <see cref="SolarTerms"/>.
/// Revisions of the Measures: the 2024 revision (in force from 2025-01-01 [recalled — verify the effective date]) gives 13 days;
/// for earlier years the days of the 2013 revision (2014–2024: 春节 正月初一至初三, 劳动节 1 day), the 2007 revision
/// (2008–2013: 春节 除夕、初一、初二) and the 1999 revision (2000–2007: no 清明/端午/中秋, 劳动节 3 days) are used
/// [recalled — verify]; they only matter to the self-check of old cases, which is approximate there anyway.
/// </remarks>
internal static class StatutoryHolidays
{
    /// <summary>The first year a provisional calendar is derived for (the 1999 revision applies from 2000).</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year <see cref="ChineseLunisolarCalendar"/> supports whole.</summary>
    public const int LastYear = 2100;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The statutory holiday dates of <paramref name="year"/> with their names (元旦, 春节…).</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> For(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        var days = new List<(DateOnly, string)> { (new DateOnly(year, 1, 1), "元旦") };
        var newYear = LunarDate(year, 1, 1);
        var springFestival = year switch
        {
            >= 2025 => new[] { -1, 0, 1, 2 },      // 除夕 and 正月初一至初三 (2024 revision)
            >= 2014 => [0, 1, 2],                  // 正月初一至初三 (2013 revision)
            >= 2008 => [-1, 0, 1],                 // 除夕、正月初一、初二 (2007 revision)
            _ => [0, 1, 2],                        // 正月初一至初三 (1999 revision)
        };
        days.AddRange(springFestival.Select(offset => (newYear.AddDays(offset), "春节")));
        if (year >= 2008)
        {
            days.Add((SolarTerms.DateOf(year, SolarTerms.QingmingLongitude, new DateOnly(year, 4, 1)), "清明节"));
        }

        var labourDays = year >= 2025 ? 2 : year >= 2008 ? 1 : 3;
        days.AddRange(Enumerable.Range(1, labourDays).Select(d => (new DateOnly(year, 5, d), "劳动节")));
        if (year >= 2008)
        {
            days.Add((LunarDate(year, 5, 5), "端午节"));
            days.Add((LunarDate(year, 8, 15), "中秋节"));
        }

        days.AddRange(Enumerable.Range(1, 3).Select(d => (new DateOnly(year, 10, d), "国庆节")));
        return days;
    }

    /// <summary>The Gregorian date of day <paramref name="day"/> of the (non-leap) lunar month <paramref name="month"/> of lunar year <paramref name="year"/>.</summary>
    internal static DateOnly LunarDate(int year, int month, int day)
    {
        // GetLeapMonth gives the 1-based index of the leap month within the year (0: none); months from it on sit one index later.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
