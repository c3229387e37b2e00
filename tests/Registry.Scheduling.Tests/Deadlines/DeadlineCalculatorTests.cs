using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Deadlines;

namespace Registry.Scheduling.Tests.Deadlines;

public sealed class DeadlineCalculatorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 17, 1, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;
    private readonly IDeadlineCalculator _deadlines;

    public DeadlineCalculatorTests()
    {
        _services = RepositoryCalendars.Services(_time);
        _deadlines = _services.GetRequiredService<IDeadlineCalculator>();
    }

    public void Dispose() => _services.Dispose();

    private static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    private static readonly TimeLimit Five = TimeLimit.OfWorkingDays(5);

    [Fact]
    public void Evaluate_Tl5AcceptedBeforeNationalDay_DueAtCloseOfBusinessOnFri10Oct()
    {
        var status = _deadlines.Evaluate(new CaseClock(China(2025, 9, 26, 10), Five), China(2025, 9, 26, 11));
        Assert.Equal(new DateOnly(2025, 10, 10), status.DueDate);
        Assert.Equal(China(2025, 10, 10, 17, 30), status.DueAt);
        Assert.Equal(DeadlineState.Green, status.State);
        Assert.Equal(5, status.RemainingWorkingDays);
    }

    [Fact]
    public void Evaluate_Tl30_DueThu13Nov2025()
    {
        var status = _deadlines.Evaluate(new CaseClock(China(2025, 9, 26, 10), TimeLimit.OfWorkingDays(30)), China(2025, 9, 26, 11));
        Assert.Equal(new DateOnly(2025, 11, 13), status.DueDate);
    }

    [Fact]
    public void Evaluate_AcceptedOnSunday_ClockStartsMonday()
    {
        var status = _deadlines.Evaluate(new CaseClock(China(2025, 11, 16, 10), Five), China(2025, 11, 16, 11));
        Assert.Equal(new DateOnly(2025, 11, 17), status.ClockStartDate);
        Assert.Equal(new DateOnly(2025, 11, 24), status.DueDate);
        Assert.Equal(5, status.RemainingWorkingDays);
        Assert.Equal(DeadlineState.Green, status.State);
    }

    [Fact]
    public void Evaluate_AcceptedLateSundayUtcIsMondayInChina_ClockStartsMondayNotTuesday()
    {
        // 2025-11-16T16:30Z is Mon 2025-11-17 00:30 in China: Monday is the acceptance day itself.
        var status = _deadlines.Evaluate(new CaseClock(new DateTimeOffset(2025, 11, 16, 16, 30, 0, TimeSpan.Zero), Five), China(2025, 11, 17, 9));
        Assert.Equal(new DateOnly(2025, 11, 24), status.DueDate);
    }

    [Fact]
    public void Instant_DueAtCloseOfBusinessSameDay_WithAlertTwoHoursBefore()
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), TimeLimit.Instant);
        Assert.Equal(China(2025, 11, 17, 17, 30), _deadlines.Evaluate(clock, China(2025, 11, 17, 9)).DueAt);
        Assert.Equal(DeadlineState.Green, _deadlines.Evaluate(clock, China(2025, 11, 17, 15, 29)).State);
        Assert.Equal(DeadlineState.DueToday, _deadlines.Evaluate(clock, China(2025, 11, 17, 15, 30)).State);
        Assert.Equal(DeadlineState.Overdue, _deadlines.Evaluate(clock, China(2025, 11, 17, 17, 30)).State);
        Assert.Equal(China(2025, 11, 17, 15, 30), _deadlines.NextStateChange(clock, China(2025, 11, 17, 9)));
        Assert.Equal(China(2025, 11, 17, 17, 30), _deadlines.NextStateChange(clock, China(2025, 11, 17, 15, 30)));
    }

    [Fact]
    public void Instant_AcceptedOnNationalDayOnline_DueAtCloseOfBusinessOnThu9Oct()
    {
        var clock = new CaseClock(China(2025, 10, 3, 20), TimeLimit.Instant);
        var status = _deadlines.Evaluate(clock, China(2025, 10, 3, 21));
        Assert.Equal(China(2025, 10, 9, 17, 30), status.DueAt);
        Assert.Equal(DeadlineState.Green, status.State);
    }

    [Fact]
    public void Instant_AcceptedAfterCloseOfBusiness_OverdueAtOnceUnlessRolledToNextDay()
    {
        var clock = new CaseClock(China(2025, 11, 17, 18), TimeLimit.Instant);
        Assert.Equal(DeadlineState.Overdue, _deadlines.Evaluate(clock, China(2025, 11, 17, 18, 5)).State);

        using var services = RepositoryCalendars.Services(_time, new Dictionary<string, string?> { ["Deadlines:AcceptanceAfterCloseCountsAsNextDay"] = "true" });
        var rolled = services.GetRequiredService<IDeadlineCalculator>().Evaluate(clock, China(2025, 11, 17, 18, 5));
        Assert.Equal((DeadlineState.Green, China(2025, 11, 18, 17, 30)), (rolled.State, rolled.DueAt));
        // Friday evening rolls over the weekend to Monday.
        var friday = services.GetRequiredService<IDeadlineCalculator>().Evaluate(clock with { AcceptedAt = China(2025, 11, 21, 19) }, China(2025, 11, 21, 19));
        Assert.Equal(new DateOnly(2025, 11, 24), friday.DueDate);
    }

    [Fact]
    public void StateTransitions_Tl5_GreenAmberDueTodayOverdue_UnderFakeTime()
    {
        // Accepted Mon 2025-11-17 09:00 China; due Mon 11-24 17:30. Amber from Thu 11-20 (3 of 5 = 60% used).
        var clock = new CaseClock(China(2025, 11, 17, 9), Five);
        _time.SetUtcNow(China(2025, 11, 17, 9));
        Assert.Equal(DeadlineState.Green, _deadlines.EvaluateNow(clock).State);
        Assert.Equal(China(2025, 11, 20), _deadlines.NextStateChange(clock, _time.GetUtcNow()));

        _time.SetUtcNow(China(2025, 11, 19, 23, 59));
        var wednesday = _deadlines.EvaluateNow(clock);
        Assert.Equal((DeadlineState.Green, 2, 3), (wednesday.State, wednesday.UsedWorkingDays, wednesday.RemainingWorkingDays));

        _time.Advance(TimeSpan.FromMinutes(1)); // Thu 00:00 China = Wed 16:00 UTC: the China date decides
        var thursday = _deadlines.EvaluateNow(clock);
        Assert.Equal((DeadlineState.Amber, 3, 2), (thursday.State, thursday.UsedWorkingDays, thursday.RemainingWorkingDays));
        Assert.Equal(China(2025, 11, 24), _deadlines.NextStateChange(clock, _time.GetUtcNow()));

        _time.SetUtcNow(China(2025, 11, 23, 12)); // Sunday: still amber, 1 day left
        Assert.Equal((DeadlineState.Amber, 1), (_deadlines.EvaluateNow(clock).State, _deadlines.EvaluateNow(clock).RemainingWorkingDays));

        _time.SetUtcNow(China(2025, 11, 24, 8));
        Assert.Equal(DeadlineState.DueToday, _deadlines.EvaluateNow(clock).State);
        Assert.Equal(China(2025, 11, 24, 17, 30), _deadlines.NextStateChange(clock, _time.GetUtcNow()));

        _time.SetUtcNow(China(2025, 11, 24, 17, 29));
        Assert.Equal(DeadlineState.DueToday, _deadlines.EvaluateNow(clock).State);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(DeadlineState.Overdue, _deadlines.EvaluateNow(clock).State);
        Assert.Null(_deadlines.NextStateChange(clock, _time.GetUtcNow()));
    }

    [Fact]
    public void StateTransitions_Tl30_AmberAtSixtyPercentOnDay18()
    {
        var clock = new CaseClock(China(2025, 9, 26, 10), TimeLimit.OfWorkingDays(30));
        var day17 = _deadlines.Evaluate(clock, China(2025, 10, 27, 12));
        Assert.Equal((DeadlineState.Green, 17, 13), (day17.State, day17.UsedWorkingDays, day17.RemainingWorkingDays));
        Assert.Equal(China(2025, 10, 28), _deadlines.NextStateChange(clock, China(2025, 10, 27, 12)));
        Assert.Equal(DeadlineState.Amber, _deadlines.Evaluate(clock, China(2025, 10, 28)).State);
        Assert.Equal(China(2025, 10, 28), _deadlines.NextStateChange(clock, China(2025, 9, 26, 10)));
    }

    [Fact]
    public void Tl1_IsAmberFromAcceptanceBecauseOneDayIsLeft()
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), TimeLimit.OfWorkingDays(1));
        var status = _deadlines.Evaluate(clock, China(2025, 11, 17, 10));
        Assert.Equal((DeadlineState.Amber, new DateOnly(2025, 11, 18)), (status.State, status.DueDate));
        Assert.Equal(China(2025, 11, 18), _deadlines.NextStateChange(clock, China(2025, 11, 17, 10)));
    }

    [Fact]
    public void SupplementPause_MovesDeadlineByPausedWorkingDays()
    {
        // Paused Tue 11-18 10:00 → Thu 11-20 15:00: Wed and Thu do not count → due Wed 11-26 instead of Mon 11-24.
        var clock = new CaseClock(China(2025, 11, 17, 9), Five)
            .Pause(China(2025, 11, 18, 10), PauseReason.Supplement, "补正通知书 2025-118")
            .Resume(China(2025, 11, 20, 15), PauseReason.Supplement);
        var status = _deadlines.Evaluate(clock, China(2025, 11, 21, 9));
        Assert.Equal(2, status.PausedWorkingDays);
        Assert.Equal(new DateOnly(2025, 11, 26), status.DueDate);
        Assert.Equal(DeadlineState.Green, status.State);
        Assert.Equal(2, status.UsedWorkingDays);
    }

    [Fact]
    public void OpenPause_IsPausedAndFreezesRemainingDays()
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), Five).Pause(China(2025, 11, 18, 10), PauseReason.Suspension, "(2025)民初1号");
        var atStart = _deadlines.Evaluate(clock, China(2025, 11, 18, 11));
        var later = _deadlines.Evaluate(clock, China(2025, 11, 27, 11));
        Assert.Equal(DeadlineState.Paused, later.State);
        Assert.Equal(PauseReason.Suspension, later.ActivePause?.Reason);
        Assert.Equal(4, atStart.RemainingWorkingDays);
        Assert.Equal(4, later.RemainingWorkingDays);
        Assert.Equal(7, later.PausedWorkingDays);
        Assert.Null(_deadlines.NextStateChange(clock, China(2025, 11, 27, 11)));
        // Before the pause started, the pause is not yet in effect.
        Assert.Equal(DeadlineState.Green, _deadlines.Evaluate(clock, China(2025, 11, 17, 10)).State);
    }

    [Fact]
    public void OverlappingPauses_CountOnce()
    {
        // Announcement (11-18, 11-20] and survey (11-19, 11-21] → union (11-18, 11-21] = 3 working days.
        var clock = new CaseClock(China(2025, 11, 17, 9), Five) with
        {
            Pauses =
            [
                new ClockPause(China(2025, 11, 18, 9), China(2025, 11, 20, 9), PauseReason.Announcement),
                new ClockPause(China(2025, 11, 19, 9), China(2025, 11, 21, 9), PauseReason.CadastralSurvey),
            ],
        };
        var status = _deadlines.Evaluate(clock, China(2025, 11, 24, 9));
        Assert.Equal(3, status.PausedWorkingDays);
        Assert.Equal(new DateOnly(2025, 11, 27), status.DueDate);
    }

    [Fact]
    public void PauseOverNationalDay_CountsOnlyWorkingDays()
    {
        // Accepted Thu 09-25; paused Fri 09-26 → Thu 10-09: 09-28, 09-29, 09-30, 10-09 excluded (4).
        var clock = new CaseClock(China(2025, 9, 25, 9), Five) with
        {
            Pauses = [new ClockPause(China(2025, 9, 26, 9), China(2025, 10, 9, 16), PauseReason.Announcement)],
        };
        var status = _deadlines.Evaluate(clock, China(2025, 10, 10, 9));
        Assert.Equal(4, status.PausedWorkingDays);
        Assert.Equal(new DateOnly(2025, 10, 14), status.DueDate);
    }

    [Fact]
    public void Extension_AddsWorkingDaysFromApproval()
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), Five).Extend(5, "权籍调查需要补测", "科长 李明", China(2025, 11, 20, 10));
        Assert.Equal(new DateOnly(2025, 11, 24), _deadlines.Evaluate(clock, China(2025, 11, 19, 10)).DueDate);
        var extended = _deadlines.Evaluate(clock, China(2025, 11, 20, 11));
        Assert.Equal(new DateOnly(2025, 12, 1), extended.DueDate);
        Assert.Equal((10, 5, DeadlineState.Green), (extended.EffectiveLimitWorkingDays, extended.ExtensionWorkingDays, extended.State));
        Assert.Equal("科长 李明", Assert.Single(clock.Extensions).ApprovedBy);
    }

    [Theory]
    [InlineData(null, "科长", "reason")]
    [InlineData("  ", "科长", "reason")]
    [InlineData("survey", null, "approvedBy")]
    [InlineData("survey", "", "approvedBy")]
    public void Extension_WithoutReasonOrApprover_IsRefusedNamingTheField(string? reason, string? approver, string missing)
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), Five);
        var e = Assert.Throws<DeadlineExtensionRefusedException>(() => clock.Extend(3, reason, approver, China(2025, 11, 18)));
        Assert.Equal([missing], e.MissingFields);
        Assert.Equal(missing, e.ParamName);
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_WithoutEither_NamesBothFields()
    {
        var e = Assert.Throws<DeadlineExtensionRefusedException>(() => new DeadlineExtension(3, "", null, China(2025, 11, 18)));
        Assert.Equal(["reason", "approvedBy"], e.MissingFields);
        Assert.Contains("missing reason and approvedBy", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DeadlineIn2027_IsProvisional_OnTheStatutoryHolidays()
    {
        // Mon 2026-12-28 + 5: 12-29, 12-30, 12-31, (Fri 2027-01-01 元旦 is a statutory holiday), 01-04, 01-05.
        var clock = new CaseClock(China(2026, 12, 28, 9), Five);
        var status = _deadlines.Evaluate(clock, China(2026, 12, 28, 10));
        Assert.Equal(new DateOnly(2027, 1, 5), status.DueDate);
        Assert.True(status.IsProvisional);
        Assert.False(_deadlines.Evaluate(new CaseClock(China(2026, 12, 1, 9), Five), China(2026, 12, 1, 10)).IsProvisional);
    }

    [Fact]
    public void Evaluate_AcrossYearBoundary_CountsNewYearAdjustedSunday()
    {
        // Mon 2025-12-29 + 5: 12-30, 12-31, Sun 2026-01-04 (调休), 01-05, 01-06.
        var status = _deadlines.Evaluate(new CaseClock(China(2025, 12, 29, 9), Five), China(2025, 12, 29, 10));
        Assert.Equal(new DateOnly(2026, 1, 6), status.DueDate);
    }

    [Fact]
    public void Evaluate_OfficeCode_UsesTheOfficesCalendar()
    {
        using var services = RepositoryCalendars.Services(_time, new Dictionary<string, string?>
        {
            ["Calendar:Offices:XJ-01:ExtraRestDays:0:Date"] = "2025-11-19",
        });
        var deadlines = services.GetRequiredService<IDeadlineCalculator>();
        var clock = new CaseClock(China(2025, 11, 17, 9), Five);
        Assert.Equal(new DateOnly(2025, 11, 24), deadlines.Evaluate(clock, China(2025, 11, 17, 10)).DueDate);
        Assert.Equal(new DateOnly(2025, 11, 25), deadlines.Evaluate(clock with { OfficeCode = "XJ-01" }, China(2025, 11, 17, 10)).DueDate);
    }

    [Fact]
    public void Options_CloseOfBusinessThresholdsAndShanghaiCounting_AreConfigurable()
    {
        using var services = RepositoryCalendars.Services(_time, new Dictionary<string, string?>
        {
            ["Deadlines:CloseOfBusiness"] = "17:00",
            ["Deadlines:CountAcceptanceDayAsDayOne"] = "true",
            ["Deadlines:AmberUsedPercent"] = "80",
            ["Deadlines:AmberRemainingWorkingDays"] = "0",
        });
        var deadlines = services.GetRequiredService<IDeadlineCalculator>();
        var clock = new CaseClock(China(2025, 11, 17, 9), Five);
        var status = deadlines.Evaluate(clock, China(2025, 11, 17, 10));
        Assert.Equal(China(2025, 11, 21, 17), status.DueAt);
        // Remaining 1 on Thu 11-20 is no longer amber by itself; 80% (4 of 5) is reached then.
        Assert.Equal(DeadlineState.Green, deadlines.Evaluate(clock, China(2025, 11, 19, 10)).State);
        Assert.Equal(DeadlineState.Amber, deadlines.Evaluate(clock, China(2025, 11, 20, 10)).State);
    }

    [Theory]
    [InlineData("TL-INSTANT", true, 0)]
    [InlineData("TL-1", false, 1)]
    [InlineData("TL-5", false, 5)]
    [InlineData("tl-30", false, 30)]
    public void TimeLimit_ParsesCatalogueClasses(string code, bool instant, int days)
    {
        var limit = TimeLimit.Parse(code);
        Assert.Equal((instant, days), (limit.IsInstant, limit.WorkingDays));
        Assert.Equal(code.ToUpperInvariant(), limit.ToString());
    }

    [Theory]
    [InlineData("TL-0")]
    [InlineData("TL-")]
    [InlineData("5")]
    [InlineData("TL--3")]
    public void TimeLimit_RejectsOtherCodes(string code)
    {
        Assert.Throws<FormatException>(() => TimeLimit.Parse(code));
    }

    [Fact]
    public void ClockPause_EndingBeforeStart_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ClockPause(China(2025, 11, 18), China(2025, 11, 17), PauseReason.Supplement));
    }

    [Fact]
    public void Resume_WithoutOpenPause_IsRefused()
    {
        var clock = new CaseClock(China(2025, 11, 17, 9), Five);
        Assert.Throws<InvalidOperationException>(() => clock.Resume(China(2025, 11, 18), PauseReason.Announcement));
    }
}
