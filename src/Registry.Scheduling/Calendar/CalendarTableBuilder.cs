using Registry.Scheduling.Calendar.Provisional;

namespace Registry.Scheduling.Calendar;

/// <summary>
/// Builds the national table from the official year files: every year from 2000 to 2100 (or the files' own range if wider)
/// is computable; a year with a file is official, any other is provisional (weekends plus the statutory holidays, no 调休).
/// </summary>
internal static class CalendarTableBuilder
{
    public static WorkingDayTable Build(IReadOnlyCollection<CalendarYearFile> files)
    {
        var byYear = new Dictionary<int, CalendarYearFile>();
        foreach (var file in files)
        {
            byYear[file.Year] = file;
        }

        var firstYear = Math.Min(StatutoryHolidays.FirstYear, byYear.Count == 0 ? int.MaxValue : byYear.Keys.Min());
        var lastYear = Math.Max(StatutoryHolidays.LastYear, byYear.Count == 0 ? int.MinValue : byYear.Keys.Max());
        var first = new DateOnly(firstYear, 1, 1);
        var length = new DateOnly(lastYear, 12, 31).DayNumber - first.DayNumber + 1;
        var kinds = new CalendarDayKind[length];
        var names = new string?[length];
        var official = new bool[lastYear - firstYear + 1];
        for (var i = 0; i < length; i++)
        {
            kinds[i] = CalendarYearFile.PlainKind(first.AddDays(i));
        }

        for (var year = firstYear; year <= lastYear; year++)
        {
            if (byYear.TryGetValue(year, out var file))
            {
                official[year - firstYear] = true;
                foreach (var (date, (kind, name)) in file.Days)
                {
                    var i = date.DayNumber - first.DayNumber;
                    kinds[i] = kind;
                    names[i] = name;
                }
            }
            else if (year is >= StatutoryHolidays.FirstYear and <= StatutoryHolidays.LastYear)
            {
                foreach (var (date, name) in StatutoryHolidays.For(year))
                {
                    var i = date.DayNumber - first.DayNumber;
                    kinds[i] = CalendarDayKind.Holiday;
                    names[i] = name;
                }
            }
        }

        return new WorkingDayTable(firstYear, lastYear, kinds, names, officeCode: null, official);
    }
}
