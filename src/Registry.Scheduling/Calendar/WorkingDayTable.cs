namespace Registry.Scheduling.Calendar;

/// <summary>
/// Precomputed calendar over a contiguous range of years: one kind per day, a prefix sum of working
/// days and the list of working-day numbers, so every operation is an array lookup.
/// </summary>
internal sealed class WorkingDayTable : IWorkingDayCalendar
{
    private readonly int _firstDayNumber;
    private readonly CalendarDayKind[] _kinds;
    private readonly string?[] _names;

    // _workingThrough[i] = number of working days among days 0..i of the range.
    private readonly int[] _workingThrough;

    // _workingDayNumbers[k] = DateOnly.DayNumber of the (k+1)-th working day of the range.
    private readonly int[] _workingDayNumbers;

    // _official[y - FirstYear]: whether year y comes from a State Council notice (else provisional).
    private readonly bool[] _official;

    internal WorkingDayTable(int firstYear, int lastYear, CalendarDayKind[] kinds, string?[] names, string? officeCode, bool[] official)
    {
        _official = official;
        FirstYear = firstYear;
        LastYear = lastYear;
        OfficeCode = officeCode;
        _firstDayNumber = new DateOnly(firstYear, 1, 1).DayNumber;
        _kinds = kinds;
        _names = names;
        _workingThrough = new int[kinds.Length];
        var working = new List<int>(kinds.Length * 3 / 4);
        for (var i = 0; i < kinds.Length; i++)
        {
            if (IsWorking(kinds[i]))
            {
                working.Add(_firstDayNumber + i);
            }

            _workingThrough[i] = working.Count;
        }

        _workingDayNumbers = [.. working];
    }

    public int FirstYear { get; }

    public int LastYear { get; }

    public string? OfficeCode { get; }

    internal int FirstDayNumber => _firstDayNumber;

    internal CalendarDayKind KindAt(int index) => _kinds[index];

    internal string? NameAt(int index) => _names[index];

    internal int Length => _kinds.Length;

    internal bool[] Official => _official;

    public bool IsYearLoaded(int year) => year >= FirstYear && year <= LastYear && _official[year - FirstYear];

    public bool IsYearProvisional(int year) => year >= FirstYear && year <= LastYear && !_official[year - FirstYear];

    public bool IsProvisionalBetween(DateOnly from, DateOnly to)
    {
        var (a, b) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = a; year <= b; year++)
        {
            if (!IsYearLoaded(year))
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<int> LoadedYears => [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Where(IsYearLoaded)];

    public bool IsWorkingDay(DateOnly date) => IsWorking(_kinds[IndexOf(date)]);

    public bool IsWorkingDay(DateTimeOffset instant) => IsWorkingDay(ChinaTime.DateOf(instant));

    public CalendarDay Describe(DateOnly date)
    {
        var i = IndexOf(date);
        return new CalendarDay(date, _kinds[i], _names[i]);
    }

    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var i = IndexOf(start);
        var through = _workingThrough[i];
        int target;
        if (workingDays > 0)
        {
            target = through + workingDays - 1;
        }
        else if (workingDays == 0)
        {
            target = IsWorking(_kinds[i]) ? through - 1 : through;
        }
        else
        {
            var before = IsWorking(_kinds[i]) ? through - 1 : through;
            target = before + workingDays;
        }

        if (target < 0)
        {
            throw NotLoaded(FirstYear - 1);
        }

        if (target >= _workingDayNumbers.Length)
        {
            throw NotLoaded(LastYear + 1);
        }

        return DateOnly.FromDayNumber(_workingDayNumbers[target]);
    }

    public DateOnly AddWorkingDays(DateTimeOffset acceptedAt, int workingDays) =>
        AddWorkingDays(NextWorkingDayOnOrAfter(ChinaTime.DateOf(acceptedAt)), workingDays);

    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) =>
        ThroughOrZero(toInclusive, allowDayBefore: toInclusive < fromExclusive)
        - ThroughOrZero(fromExclusive, allowDayBefore: toInclusive >= fromExclusive);

    public int CountWorkingDays(DateTimeOffset fromExclusive, DateTimeOffset toInclusive) =>
        CountWorkingDays(ChinaTime.DateOf(fromExclusive), ChinaTime.DateOf(toInclusive));

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) => AddWorkingDays(date, 0);

    private int ThroughOrZero(DateOnly date, bool allowDayBefore)
    {
        var i = date.DayNumber - _firstDayNumber;
        if (i == -1 && allowDayBefore)
        {
            return 0;
        }

        return _workingThrough[IndexOf(date)];
    }

    private int IndexOf(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        if ((uint)i >= (uint)_kinds.Length)
        {
            throw NotLoaded(date.Year);
        }

        return i;
    }

    private CalendarYearNotLoadedException NotLoaded(int year) => new(year, FirstYear, LastYear);

    internal static bool IsWorking(CalendarDayKind kind) =>
        kind is CalendarDayKind.Weekday or CalendarDayKind.AdjustedWorkday or CalendarDayKind.OfficeWorkingDay;
}
