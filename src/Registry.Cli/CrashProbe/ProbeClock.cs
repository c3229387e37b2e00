using System.Diagnostics;

namespace Registry.Cli.CrashProbe;

/// <summary>
/// The probe's clock: a given instant plus the time this process has run. Each restart of the harness starts later
/// (the parent moves the start on), so outbox leases of a killed run expire as they would in the office.
/// </summary>
internal sealed class ProbeClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
}
