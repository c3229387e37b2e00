namespace Registry.Scheduling.Calendar;

/// <summary>
/// One office's changes to the national calendar, e.g. a local ethnic holiday decided by the province
/// (全国年节及纪念日放假办法 art. 4). Applied on top of the national holidays and adjusted working days.
/// </summary>
public sealed class OfficeCalendarOptions
{
    /// <summary>Dates the office does not work although the national calendar does.</summary>
    public IList<OfficeDayOptions> ExtraRestDays { get; } = [];

    /// <summary>Dates the office works although the national calendar rests.</summary>
    public IList<OfficeDayOptions> ExtraWorkingDays { get; } = [];
}
