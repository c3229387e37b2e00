using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests.Calendar;

public class CivilCodePeriodCalculatorTests
{
    private readonly CivilCodePeriodCalculator _periods = new(RepositoryCalendars.National);

    [Fact]
    public void Objection15Days_BookedSat20Sep2025_EndsThu9OctAfterNationalDay()
    {
        var end = _periods.AfterDays(new DateOnly(2025, 9, 20), 15);
        Assert.Equal(new DateOnly(2025, 10, 5), end.NominalEnd);
        Assert.Equal(new DateOnly(2025, 10, 9), end.EffectiveEnd);
        Assert.True(end.IsExtended);
        Assert.False(end.IsProvisional);
    }

    [Fact]
    public void PreNotice90Days_FromThu3Jul2025_EndsThu9Oct()
    {
        var end = _periods.AfterDays(new DateOnly(2025, 7, 3), 90);
        Assert.Equal(new DateOnly(2025, 10, 1), end.NominalEnd);
        Assert.Equal(new DateOnly(2025, 10, 9), end.EffectiveEnd);
    }

    [Fact]
    public void Period_EndingOnAdjustedWorkingSunday_IsNotExtended()
    {
        var end = _periods.AfterDays(new DateOnly(2025, 9, 13), 15);
        Assert.Equal(new DateOnly(2025, 9, 28), end.EffectiveEnd);
        Assert.False(end.IsExtended);
    }

    [Fact]
    public void Period_EndingOnPlainSaturday_MovesToMonday()
    {
        Assert.Equal(new DateOnly(2025, 11, 3), _periods.AfterDays(new DateOnly(2025, 10, 17), 15).EffectiveEnd);
    }

    [Fact]
    public void Months_ClampToMonthEnd()
    {
        var end = _periods.AfterMonths(new DateOnly(2025, 1, 31), 1);
        Assert.Equal(new DateOnly(2025, 2, 28), end.NominalEnd);
        Assert.Equal(new DateOnly(2025, 2, 28), end.EffectiveEnd);
        // 2025-05-31 + 4 months clamps to Tue 2025-09-30 (working); 2025-07-01 + 3 months = Wed 2025-10-01 → Thu 2025-10-09.
        Assert.Equal(new DateOnly(2025, 9, 30), _periods.AfterMonths(new DateOnly(2025, 5, 31), 4).EffectiveEnd);
        Assert.Equal(new DateOnly(2025, 10, 9), _periods.AfterMonths(new DateOnly(2025, 7, 1), 3).EffectiveEnd);
    }

    [Fact]
    public void Seizure3Years_EndsInUnloadedYear_ThrowsUnlessProvisionalAllowed()
    {
        var start = new DateOnly(2025, 3, 10);
        Assert.Equal(2028, Assert.Throws<CalendarYearNotLoadedException>(() => _periods.AfterYears(start, 3)).Year);
        var provisional = _periods.AfterYears(start, 3, allowProvisional: true);
        Assert.True(provisional.IsProvisional);
        Assert.Equal(new DateOnly(2028, 3, 10), provisional.NominalEnd);
        Assert.Equal(provisional.NominalEnd, provisional.EffectiveEnd);
    }

    [Fact]
    public void OneYear_FromYearStart_EndsInLoadedYear()
    {
        // 2025-01-01 + 1 year = Thu 2026-01-01, a holiday → 01-02, 01-03 holidays → Sun 01-04 is a 调休 working day.
        var end = _periods.AfterYears(new DateOnly(2025, 1, 1), 1);
        Assert.Equal(new DateOnly(2026, 1, 4), end.EffectiveEnd);
    }

    [Fact]
    public void Period_LastDayOnNewYearsEveOf2026_ExtensionNeeds2027()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), _periods.AfterDays(new DateOnly(2026, 12, 16), 15).EffectiveEnd);
        Assert.Throws<CalendarYearNotLoadedException>(() => _periods.AfterDays(new DateOnly(2026, 12, 17), 15));
    }
}
