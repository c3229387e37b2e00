namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>What started a stored self-check run.</summary>
public enum SelfCheckRunTrigger
{
    /// <summary>The nightly job, over the cases finished since the last successful nightly run.</summary>
    Nightly,

    /// <summary>An inspector, over a range of finishing dates (质检 console).</summary>
    OnDemand,

    /// <summary>The command line (<c>registry selfcheck --store</c>).</summary>
    Command,
}
