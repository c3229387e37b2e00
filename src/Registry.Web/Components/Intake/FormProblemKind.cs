namespace Registry.Web.Components.Intake;

/// <summary>What the acceptance form found wrong before submitting.</summary>
public enum FormProblemKind
{
    NoUnit,
    NoParty,
    NameMissing,
    IdNumber,
    Share,
    Mobile,
    MaterialsMissing,
    FactMissing,
    FactNumber,
    FactDate,

    /// <summary>A problem the acceptance service named (its message is shown as given).</summary>
    Service,
}
