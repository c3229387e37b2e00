namespace Registry.Scheduling.Calendar;

/// <summary>Why a date is, or is not, a working day.</summary>
public enum CalendarDayKind
{
    /// <summary>A plain Monday to Friday: working.</summary>
    Weekday = 0,

    /// <summary>A plain Saturday or Sunday: rest.</summary>
    Weekend = 1,

    /// <summary>A public holiday or a rest day joined to it by the State Council notice (放假): rest.</summary>
    Holiday = 2,

    /// <summary>A Saturday or Sunday made a working day by the notice (调休上班): working.</summary>
    AdjustedWorkday = 3,

    /// <summary>An extra rest day of one office, e.g. a local ethnic holiday: rest.</summary>
    OfficeRestDay = 4,

    /// <summary>An extra working day of one office: working.</summary>
    OfficeWorkingDay = 5,
}
