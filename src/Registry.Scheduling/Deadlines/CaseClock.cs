namespace Registry.Scheduling.Deadlines;

/// <summary>
/// Everything that decides a case's deadline: when it was accepted (受理), its limit, the intervals that do not
/// count and the approved extensions. Immutable; the methods return an updated copy.
/// </summary>
/// <param name="AcceptedAt">The acceptance instant. On a non-working China date the clock starts as if accepted on the next working day.</param>
/// <param name="Limit">The handling limit of the business type, fixed when the case was accepted.</param>
public sealed record CaseClock(DateTimeOffset AcceptedAt, TimeLimit Limit)
{
    /// <summary>The office whose calendar applies (its extra rest or working days); null for the national calendar.</summary>
    public string? OfficeCode { get; init; }

    /// <summary>Intervals that do not count (公告, 补正, survey, suspension). They may overlap; overlaps count once.</summary>
    public IReadOnlyList<ClockPause> Pauses { get; init; } = [];

    /// <summary>Approved extensions.</summary>
    public IReadOnlyList<DeadlineExtension> Extensions { get; init; } = [];

    /// <summary>Stops the clock.</summary>
    /// <param name="start">When.</param>
    /// <param name="reason">Why.</param>
    /// <param name="document">The document, if any.</param>
    /// <returns>The updated clock.</returns>
    public CaseClock Pause(DateTimeOffset start, PauseReason reason, string? document = null) =>
        this with { Pauses = [.. Pauses, new ClockPause(start, null, reason, document)] };

    /// <summary>Ends the most recent open pause with <paramref name="reason"/>.</summary>
    /// <param name="end">When the clock restarts.</param>
    /// <param name="reason">Which pause to end.</param>
    /// <returns>The updated clock.</returns>
    /// <exception cref="InvalidOperationException">No open pause has that reason.</exception>
    public CaseClock Resume(DateTimeOffset end, PauseReason reason)
    {
        for (var i = Pauses.Count - 1; i >= 0; i--)
        {
            if (Pauses[i].End is null && Pauses[i].Reason == reason)
            {
                var pauses = Pauses.ToArray();
                pauses[i] = pauses[i].EndAt(end);
                return this with { Pauses = pauses };
            }
        }

        throw new InvalidOperationException($"The clock has no open {reason} pause to end.");
    }

    /// <summary>Records an approved extension.</summary>
    /// <param name="workingDays">How many working days are added.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="approvedBy">Who approved it; required.</param>
    /// <param name="approvedAt">When.</param>
    /// <returns>The updated clock.</returns>
    /// <exception cref="DeadlineExtensionRefusedException">The reason or the approver is missing.</exception>
    public CaseClock Extend(int workingDays, string? reason, string? approvedBy, DateTimeOffset approvedAt) =>
        this with { Extensions = [.. Extensions, new DeadlineExtension(workingDays, reason, approvedBy, approvedAt)] };
}
