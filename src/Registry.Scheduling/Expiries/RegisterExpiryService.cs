using Microsoft.Extensions.Options;
using Registry.Application.Expiries;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Expiries;

/// <summary>
/// Computes the end dates of objections, pre-notices and seizures with Civil Code 201–203 (start day not counted;
/// a last day on a rest day moves to the next working day) and stores them as data for the expiry sweep.
/// </summary>
internal sealed class RegisterExpiryService(
    IRegisterExpiryStore store, CivilCodePeriodCalculator periods, IWorkingDayCalendar calendar, IOptions<SchedulingOptions> options, TimeProvider timeProvider)
    : IRegisterExpiryService
{
    public async Task<RegisterExpiryRecord> TrackObjectionAsync(string unitCode, string entryReference, DateOnly bookedOn, CancellationToken cancellationToken = default)
    {
        // OBJ-02: D = the booking day; lapses after D + 15 calendar days (Civil Code 220, IR 83), end moved past rest days (203).
        var o = options.Value;
        var end = periods.AfterDays(bookedOn, o.ObjectionLapseDays, allowProvisional: true);
        var record = New(RegisterExpiryKind.ObjectionLapse, unitCode, entryReference, bookedOn, end,
            ChinaTime.StartOf(bookedOn.AddDays(o.ObjectionReminderDay)));
        await store.InsertAsync(record, cancellationToken);
        return record;
    }

    public async Task<RegisterExpiryRecord> TrackPreNoticeAsync(string unitCode, string entryReference, DateOnly mainPossibleOn, CancellationToken cancellationToken = default)
    {
        // PRE-03: D = the day the main registration became possible (for a purchase pre-notice, normally the day the
        // building's first registration was booked [practice]); 90 calendar days (Civil Code 221 — IR 85 still says
        // 3 months; the Civil Code prevails, configurable). The handler should only mark it "possibly lapsed" for
        // examiner confirmation, because D depends on facts the system may not know.
        var o = options.Value;
        var end = periods.AfterDays(mainPossibleOn, o.PreNoticeLapseDays, allowProvisional: true);
        var record = New(RegisterExpiryKind.PreNoticeLapse, unitCode, entryReference, mainPossibleOn, end,
            ChinaTime.StartOf(mainPossibleOn.AddDays(o.PreNoticeReminderDay)));
        await store.InsertAsync(record, cancellationToken);
        return record;
    }

    public async Task<RegisterExpiryRecord> TrackSeizureAsync(string unitCode, string entryReference, DateOnly startsOn, DateOnly? endsOn = null, CancellationToken cancellationToken = default)
    {
        var end = SeizureEnd(startsOn, endsOn);
        var record = New(RegisterExpiryKind.SeizureExpiry, unitCode, entryReference, startsOn, end, SeizureReminder(end.EffectiveEnd));
        await store.InsertAsync(record, cancellationToken);
        return record;
    }

    public Task<RegisterExpiryRecord> RecordCourtFilingAsync(string entryReference, string document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        return ChangePendingAsync(RegisterExpiryKind.ObjectionLapse, entryReference, (r, now) => r with
        {
            Status = RegisterExpiryStatus.Cancelled,
            Outcome = ObjectionCourtFiling.OutcomePrefix + document,
            CompletedAt = now,
            RemindAt = null,
        }, cancellationToken);
    }

    public Task<RegisterExpiryRecord> RenewSeizureAsync(string entryReference, DateOnly? newEndsOn = null, CancellationToken cancellationToken = default) =>
        ChangePendingAsync(RegisterExpiryKind.SeizureExpiry, entryReference, (r, _) =>
        {
            // A renewal (续封) runs from the old end date; at most one more term each time (SPC interpretation art. 485).
            var end = SeizureEnd(r.DueDate, newEndsOn);
            return r with
            {
                DueDate = end.EffectiveEnd,
                IsProvisional = end.IsProvisional,
                LapseAt = ChinaTime.StartOf(end.EffectiveEnd.AddDays(1)),
                RemindAt = SeizureReminder(end.EffectiveEnd),
                Renewals = r.Renewals + 1,
            };
        }, cancellationToken);

    public Task<RegisterExpiryRecord> CancelAsync(RegisterExpiryKind kind, string entryReference, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ChangePendingAsync(kind, entryReference, (r, now) => r with
        {
            Status = RegisterExpiryStatus.Cancelled,
            Outcome = reason,
            CompletedAt = now,
            RemindAt = null,
        }, cancellationToken);
    }

    public Task<RegisterExpiryRecord?> FindAsync(RegisterExpiryKind kind, string entryReference, CancellationToken cancellationToken = default) =>
        store.FindAsync(kind, entryReference, cancellationToken);

    private StatutoryPeriodEnd SeizureEnd(DateOnly from, DateOnly? endsOn)
    {
        // The ruling's own end date is taken as written. Without one, the default term counts like a Civil Code year
        // period; whether 203 (rest-day extension) applies to court seizure terms is not settled in our sources — verify.
        if (endsOn is { } explicitEnd)
        {
            if (explicitEnd <= from)
            {
                throw new ArgumentOutOfRangeException(nameof(endsOn), explicitEnd, $"The seizure end {explicitEnd:yyyy-MM-dd} must be after {from:yyyy-MM-dd}.");
            }

            return new StatutoryPeriodEnd(explicitEnd, explicitEnd, IsProvisional: false);
        }

        return periods.AfterYears(from, options.Value.SeizureTermYears, allowProvisional: true);
    }

    private DateTimeOffset? SeizureReminder(DateOnly end)
    {
        try
        {
            return ChinaTime.StartOf(calendar.AddWorkingDays(end, -options.Value.SeizureReminderWorkingDays));
        }
        catch (CalendarYearNotLoadedException)
        {
            // The year is not loaded yet: two calendar weeks per 10 working days is close enough for a reminder.
            return ChinaTime.StartOf(end.AddDays(-(options.Value.SeizureReminderWorkingDays * 7 / 5)));
        }
    }

    private RegisterExpiryRecord New(RegisterExpiryKind kind, string unitCode, string entryReference, DateOnly start, StatutoryPeriodEnd end, DateTimeOffset? remindAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(entryReference);
        var lapseAt = ChinaTime.StartOf(end.EffectiveEnd.AddDays(1));
        return new RegisterExpiryRecord
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            Kind = kind,
            UnitCode = unitCode,
            EntryReference = entryReference,
            StartDate = start,
            DueDate = end.EffectiveEnd,
            IsProvisional = end.IsProvisional,
            LapseAt = lapseAt,
            RemindAt = remindAt < lapseAt ? remindAt : null,
            Status = RegisterExpiryStatus.Pending,
        };
    }

    private async Task<RegisterExpiryRecord> ChangePendingAsync(
        RegisterExpiryKind kind, string entryReference, Func<RegisterExpiryRecord, DateTimeOffset, RegisterExpiryRecord> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entryReference);
        var record = await store.FindAsync(kind, entryReference, cancellationToken)
            ?? throw new InvalidOperationException($"No {kind} is tracked for entry '{entryReference}'.");
        if (record.Status != RegisterExpiryStatus.Pending)
        {
            throw new InvalidOperationException($"{kind} of entry '{entryReference}' is {record.Status} ({record.Outcome}); it can no longer change.");
        }

        var updated = change(record, timeProvider.GetUtcNow());
        if (!await store.TryUpdateAsync(updated, record.Version, [], cancellationToken))
        {
            throw new InvalidOperationException($"{kind} of entry '{entryReference}' was changed at the same time (e.g. it just lapsed); reload and try again.");
        }

        return updated with { Version = record.Version + 1 };
    }
}
