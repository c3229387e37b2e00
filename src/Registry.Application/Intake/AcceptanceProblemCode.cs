namespace Registry.Application.Intake;

/// <summary>Kinds of acceptance problems (不予受理 reasons); each has a text per UI culture, <see cref="AcceptanceProblem.Args"/> fill it.</summary>
public enum AcceptanceProblemCode
{
    /// <summary>Anything else; only <see cref="AcceptanceProblem.Message"/> describes it.</summary>
    Other,

    /// <summary>Args: the business type code.</summary>
    BusinessTypeUnknown,

    /// <summary>No unit was given.</summary>
    UnitsRequired,

    /// <summary>Args: the text given, the parser's reason.</summary>
    UnitCodeInvalid,

    /// <summary>Args: the unit code.</summary>
    UnitNotInRegister,

    /// <summary>No party was given.</summary>
    PartiesRequired,

    /// <summary>Args: the role given.</summary>
    PartyRoleUnknown,

    /// <summary>Args: the business type code, then each missing material code.</summary>
    MaterialsMissing,

    /// <summary>Args: the value given.</summary>
    NotAnAmount,

    /// <summary>Args: the value given.</summary>
    NotADate,

    /// <summary>Args: the limit, the number given.</summary>
    TooManyScans,

    /// <summary>Args: the material code.</summary>
    ScanWithoutMaterial,

    /// <summary>A domain rule refused a value. Args: the field, the reason (English, from the domain).</summary>
    Invalid,

    /// <summary>A text is longer than its field allows (see <see cref="AcceptanceFieldLimits"/>). Args: the limit, the length given.</summary>
    TooLong,

    /// <summary>More items than a list allows. Args: the limit, the number given.</summary>
    TooMany,
}
