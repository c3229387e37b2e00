namespace Registry.Scheduling.Deadlines;

/// <summary>An approved extension of the limit (延期), which lengthens it by <see cref="WorkingDays"/>.</summary>
public sealed record DeadlineExtension
{
    /// <summary>Records an extension; refuses it if the reason or the approver is missing.</summary>
    /// <param name="workingDays">How many working days are added; at least 1.</param>
    /// <param name="reason">Why (e.g. the survey needs more time).</param>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedAt">When it was approved; it applies from then on.</param>
    /// <exception cref="DeadlineExtensionRefusedException">The reason or the approver is missing; the message names which.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public DeadlineExtension(int workingDays, string? reason, string? approvedBy, DateTimeOffset approvedAt)
    {
        List<string> missing = [];
        if (string.IsNullOrWhiteSpace(reason))
        {
            missing.Add(nameof(reason));
        }

        if (string.IsNullOrWhiteSpace(approvedBy))
        {
            missing.Add(nameof(approvedBy));
        }

        if (missing.Count > 0)
        {
            throw new DeadlineExtensionRefusedException(missing);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        WorkingDays = workingDays;
        Reason = reason!;
        ApprovedBy = approvedBy!;
        ApprovedAt = approvedAt;
    }

    /// <summary>How many working days are added.</summary>
    public int WorkingDays { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>Who approved it.</summary>
    public string ApprovedBy { get; }

    /// <summary>When it was approved.</summary>
    public DateTimeOffset ApprovedAt { get; }
}
