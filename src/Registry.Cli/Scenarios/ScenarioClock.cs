namespace Registry.Cli.Scenarios;

/// <summary>The scenario's clock: it stands still until an <c>advance</c> step moves it.</summary>
internal sealed class ScenarioClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void MoveTo(DateTimeOffset instant)
    {
        if (instant < _now)
        {
            throw new ScenarioFormatException($"the clock only moves forward: {instant:O} is before {_now:O}");
        }

        _now = instant;
    }
}
