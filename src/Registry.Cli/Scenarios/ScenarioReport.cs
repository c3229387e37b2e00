using Registry.Application.Recording;

namespace Registry.Cli.Scenarios;

/// <summary>What a replayed scenario printed: every case, every unit touched, the step log and failed expectations.</summary>
public sealed record ScenarioReport
{
    /// <summary>The scenario's name.</summary>
    public required string Name { get; init; }

    /// <summary>The clock at the end.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>Cases by label.</summary>
    public required IReadOnlyDictionary<string, CaseReport> Cases { get; init; }

    /// <summary>Units touched, by code.</summary>
    public required IReadOnlyDictionary<string, RegisterStateSummary?> Units { get; init; }

    /// <summary>One line per step.</summary>
    public required IReadOnlyList<string> Log { get; init; }

    /// <summary>Expectations that did not hold.</summary>
    public required IReadOnlyList<string> Failures { get; init; }
}

/// <summary>One case at the end of a scenario.</summary>
public sealed record CaseReport
{
    /// <summary>Case number (受理编号), when accepted.</summary>
    public string? Number { get; init; }

    /// <summary>Business type.</summary>
    public required string Type { get; init; }

    /// <summary>Case status, or Refused.</summary>
    public required string Status { get; init; }

    /// <summary>Open workflow nodes.</summary>
    public IReadOnlyList<string> Nodes { get; init; } = [];

    /// <summary>Rule codes that failed or erred, by severity.</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];

    /// <summary>Messages of the findings that failed or erred (zh, then en), by rule code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FindingMessages { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Statutory deadline.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Deadline stage (Green/Amber/Red/…).</summary>
    public string? DeadlineStage { get; init; }

    /// <summary>Working days left.</summary>
    public int? RemainingWorkingDays { get; init; }

    /// <summary>Past the deadline.</summary>
    public bool Overdue { get; init; }

    /// <summary>Certificate or certification number issued.</summary>
    public string? Certificate { get; init; }

    /// <summary>Why acceptance or a step was refused.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Incidents (异常) open on the case: automatic steps held with their reason.</summary>
    public IReadOnlyList<ScenarioIncident> Incidents { get; init; } = [];

    /// <summary>Whether the statutory clock is stopped (补正, 中止, 公告).</summary>
    public bool ClockPaused { get; init; }

    /// <summary>The case's workflow history: tasks closed, returns, suspensions, signals, incidents (not activations or claims).</summary>
    public IReadOnlyList<ScenarioHistoryEntry> History { get; init; } = [];

    /// <summary>Concurrent decisions on the case and who won.</summary>
    public IReadOnlyList<ScenarioRace> Races { get; init; } = [];
}
