namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>Stored self-check runs, bound to the configuration section <c>SelfCheck</c>.</summary>
public sealed class SelfCheckRunOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SelfCheck";

    /// <summary>Cases checked and stored per transaction. Default 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>A running run that has stored nothing for this long is taken as interrupted (its process stopped) and may be resumed. Default 10 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The nightly run covers cases completed up to this long before it starts, so a case whose completion commits a
    /// moment after its timestamp is not left behind the watermark. Default 5 minutes.
    /// </summary>
    public TimeSpan Settle { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failing cases listed per run in the console. Default 1,000.</summary>
    public int ListLimit { get; set; } = 1_000;
}
