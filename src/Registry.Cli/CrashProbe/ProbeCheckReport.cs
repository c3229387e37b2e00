namespace Registry.Cli.CrashProbe;

/// <summary>What the consistency check found on a registry database.</summary>
internal sealed record ProbeCheckReport
{
    public int Cases { get; init; }

    public int OpenCases { get; init; }

    public int RecordedCases { get; init; }

    public int RegisterEntries { get; init; }

    public int Certificates { get; init; }

    public int JournalsVerified { get; init; }

    public int OutboxMessages { get; init; }

    public int OutboxDelivered { get; init; }

    public IReadOnlyList<string> Violations { get; init; } = [];
}
