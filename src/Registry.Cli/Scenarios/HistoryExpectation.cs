namespace Registry.Cli.Scenarios;

/// <summary>
/// An entry the case's workflow history must hold; the entries of <c>history</c> must be found in that order (others may
/// come between). Only the fields named are compared.
/// </summary>
public sealed record HistoryExpectation
{
    /// <summary>completed, returned, suspended, resumed, withdrawn, signalled, ended, incidentRaised…</summary>
    public string? Action { get; init; }

    /// <summary>Node id (e.g. <c>firstReview</c>).</summary>
    public string? Node { get; init; }

    /// <summary>Who (login, or <c>system</c>).</summary>
    public string? By { get; init; }

    /// <summary>Outcome (approve, return, reject, suspend…).</summary>
    public string? Outcome { get; init; }

    /// <summary>Reason code (e.g. <c>ART22-1</c>, <c>MATERIALS-INCOMPLETE</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>Text the opinion must contain.</summary>
    public string? Opinion { get; init; }
}
