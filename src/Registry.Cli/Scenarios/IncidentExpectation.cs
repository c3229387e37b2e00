namespace Registry.Cli.Scenarios;

/// <summary>An incident a case must have open: at <see cref="Node"/>, its reason containing <see cref="Contains"/>.</summary>
public sealed record IncidentExpectation
{
    /// <summary>The node the incident is held at (e.g. <c>record</c>); any node when omitted.</summary>
    public string? Node { get; init; }

    /// <summary>Text the incident's reason must contain.</summary>
    public string? Contains { get; init; }
}
