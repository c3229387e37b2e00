namespace Registry.Scheduling.Deadlines;

/// <summary>Why the clock is paused: intervals that do not count towards the limit.</summary>
public enum PauseReason
{
    /// <summary>Announcement period (公告).</summary>
    Announcement = 0,

    /// <summary>Waiting for missing materials (补正).</summary>
    Supplement = 1,

    /// <summary>Cadastral survey (权籍调查).</summary>
    CadastralSurvey = 2,

    /// <summary>Site inspection or investigation (实地查看、调查).</summary>
    SiteInspection = 3,

    /// <summary>Tax assessment that needs a site visit.</summary>
    TaxAssessment = 4,

    /// <summary>Suspension (中止), e.g. a seizure arrives or a court asks for a stop.</summary>
    Suspension = 5,

    /// <summary>
    /// Another wait the workflow definition marks as not counting (<c>clockEffect: paused</c>), e.g. the ex-officio
    /// correction's notice to the party (实施细则 art. 81). The definition's author decided it; no national text is cited for it here.
    /// </summary>
    WorkflowWait = 6,
}
