namespace Registry.Scheduling.Calendar;

/// <summary>Builds an office's table from the national one and the office's extra rest and working days.</summary>
internal static class OfficeOverlay
{
    public static WorkingDayTable Apply(WorkingDayTable national, string officeCode, OfficeCalendarOptions options)
    {
        var origin = $"Calendar:Offices:{officeCode}";
        if (string.IsNullOrWhiteSpace(officeCode))
        {
            throw new CalendarDataException(origin, null, "an office override needs an office code.");
        }

        var kinds = new CalendarDayKind[national.Length];
        var names = new string?[national.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = national.KindAt(i);
            names[i] = national.NameAt(i);
        }

        var seen = new Dictionary<DateOnly, bool>();
        Overlay(options.ExtraRestDays, rest: true);
        Overlay(options.ExtraWorkingDays, rest: false);
        return new WorkingDayTable(national.FirstYear, national.LastYear, kinds, names, officeCode, national.Official);

        void Overlay(IEnumerable<OfficeDayOptions> days, bool rest)
        {
            foreach (var day in days)
            {
                if (seen.TryGetValue(day.Date, out var wasRest))
                {
                    throw new CalendarDataException(origin, day.Date, wasRest == rest
                        ? "is listed twice."
                        : "is listed both as an extra rest day and as an extra working day.");
                }

                seen[day.Date] = rest;
                var i = day.Date.DayNumber - national.FirstDayNumber;
                if ((uint)i >= (uint)kinds.Length)
                {
                    throw new CalendarDataException(origin, day.Date,
                        $"lies outside the computable calendar years {national.FirstYear}–{national.LastYear}.");
                }

                if (WorkingDayTable.IsWorking(kinds[i]) == !rest)
                {
                    // Already what the office wants (e.g. a local festival on a Sunday): keep the national kind.
                    continue;
                }

                kinds[i] = rest ? CalendarDayKind.OfficeRestDay : CalendarDayKind.OfficeWorkingDay;
                names[i] = day.Name ?? names[i];
            }
        }
    }
}
