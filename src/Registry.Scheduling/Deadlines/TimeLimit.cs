using System.Globalization;

namespace Registry.Scheduling.Deadlines;

/// <summary>
/// A handling time limit (办理时限): a number of working days, or <c>TL-INSTANT</c> (即时办结: by close of business
/// on the day of acceptance).
/// </summary>
public readonly record struct TimeLimit
{
    private const string InstantCode = "TL-INSTANT";

    private TimeLimit(int workingDays, bool isInstant)
    {
        WorkingDays = workingDays;
        IsInstant = isInstant;
    }

    /// <summary>Booked on the spot: due by close of business on the (working) day of acceptance.</summary>
    public static TimeLimit Instant { get; } = new(0, isInstant: true);

    /// <summary>The number of working days; 0 for <see cref="Instant"/>.</summary>
    public int WorkingDays { get; }

    /// <summary>Whether this is <c>TL-INSTANT</c>.</summary>
    public bool IsInstant { get; }

    /// <summary>A limit of <paramref name="workingDays"/> working days.</summary>
    /// <param name="workingDays">At least 1.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit OfWorkingDays(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        return new TimeLimit(workingDays, isInstant: false);
    }

    /// <summary>Parses a catalogue class: <c>TL-INSTANT</c> or <c>TL-&lt;n&gt;</c> (e.g. <c>TL-5</c>, <c>TL-30</c>).</summary>
    /// <param name="code">The class code.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="FormatException">The code is neither form.</exception>
    public static TimeLimit Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (string.Equals(code, InstantCode, StringComparison.OrdinalIgnoreCase))
        {
            return Instant;
        }

        if (code.StartsWith("TL-", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            && days >= 1)
        {
            return OfWorkingDays(days);
        }

        throw new FormatException($"'{code}' is not a time-limit class; expected TL-INSTANT or TL-<working days>, e.g. TL-5.");
    }

    /// <summary>The catalogue code, e.g. <c>TL-5</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => IsInstant ? InstantCode : "TL-" + WorkingDays.ToString(CultureInfo.InvariantCulture);
}
