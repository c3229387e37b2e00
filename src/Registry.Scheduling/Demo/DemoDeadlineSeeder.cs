using Registry.Application.Deadlines;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Demo;

/// <summary>Gives demo cases TL-5 deadlines spread over green, amber and red relative to now, then runs the sweep once.</summary>
public sealed class DemoDeadlineSeeder
{
    private static readonly TimeOnly AcceptedAtTime = new(10, 0);
    private readonly ICaseDeadlineService _deadlines;
    private readonly IDeadlineSweep _sweep;
    private readonly IWorkingDayCalendar _calendar;
    private readonly ICaseDeadlineStore? _store;

    /// <summary>Creates the seeder.</summary>
    /// <param name="deadlines">The deadline service.</param>
    /// <param name="sweep">The sweep that moves the stages.</param>
    /// <param name="calendar">The national calendar.</param>
    /// <param name="store">The deadline rows, to skip cases tracked on an earlier run without computing their views.</param>
    public DemoDeadlineSeeder(ICaseDeadlineService deadlines, IDeadlineSweep sweep, IWorkingDayCalendar calendar, ICaseDeadlineStore? store = null)
    {
        _store = store;
        _deadlines = deadlines;
        _sweep = sweep;
        _calendar = calendar;
    }

    /// <summary>
    /// Tracks each case (skipping those already tracked): one in three green (accepted today), amber (due the next
    /// working day) and red (due the previous working day), in list order. Pass the current instant of the app's
    /// <see cref="TimeProvider"/>; the sweep then moves the stages and enqueues the warnings.
    /// </summary>
    /// <param name="cases">The demo cases.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="cancellationToken">Cancels the seeding.</param>
    /// <returns>How many cases were tracked.</returns>
    public async Task<int> SeedAsync(IReadOnlyList<DemoCase> cases, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var today = _calendar.NextWorkingDayOnOrAfter(ChinaTime.DateOf(now));
        var tracked = 0;

        // Skip the cases an earlier run tracked up front: relying on the insert's conflict alone works, but has the
        // database layer log an error per case on every later start.
        var already = new HashSet<string>(StringComparer.Ordinal);
        if (_store is not null)
        {
            foreach (var chunk in cases.Select(c => c.CaseNumber).Chunk(500))
            {
                already.UnionWith((await _store.FindManyAsync(chunk, cancellationToken)).Keys);
            }
        }

        for (var i = 0; i < cases.Count; i++)
        {
            if (already.Contains(cases[i].CaseNumber))
            {
                continue;
            }

            // TL-5 due = start + 5 working days: start = today → 5 left (green); today − 4 → due tomorrow (amber); today − 6 → due the previous working day (red;
            // escalated instead once close of business today has passed, with the default escalation delay of one working day).
            var start = (i % 3) switch
            {
                0 => today,
                1 => _calendar.AddWorkingDays(today, -4),
                _ => _calendar.AddWorkingDays(today, -6),
            };
            var acceptedAt = i % 3 == 0 && now < ChinaTime.At(start, AcceptedAtTime) ? now : ChinaTime.At(start, AcceptedAtTime);
            try
            {
                await _deadlines.TrackAsync(new TrackCaseDeadline(cases[i].CaseNumber, cases[i].BusinessType, "TL-5", acceptedAt), cancellationToken);
                tracked++;
            }
            catch (CaseDeadlineConflictException)
            {
                // Tracked meanwhile by another process: demo seeding is repeatable.
            }
        }

        await _sweep.RunOnceAsync(cancellationToken);
        return tracked;
    }
}
