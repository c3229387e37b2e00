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

    /// <summary>Args: the document type given.</summary>
    IdTypeUnknown,

    /// <summary>Args: document type, position, the character found, the expected check character, the standard.</summary>
    IdCheckCharacter,

    /// <summary>Args: document type, position, the character found, the characters allowed, the standard.</summary>
    IdCharacter,

    /// <summary>Args: document type, the length given, the lengths allowed, the standard.</summary>
    IdLength,

    /// <summary>Args: document type, the birth date text, the standard.</summary>
    IdBirthDate,

    /// <summary>Args: document type, the value given, the layout expected, the standard.</summary>
    IdFormat,

    /// <summary>Args: document type.</summary>
    IdMissing,

    /// <summary>Args: party name, role, business type, the roles the type expects (comma-separated).</summary>
    PartyRoleNotForType,

    /// <summary>Args: party name, role, business type, document type.</summary>
    PartyMustBeOrganisation,

    /// <summary>Args: unit, the ruling number named, the seizures in the register (or empty).</summary>
    SeizureNotInRegister,

    /// <summary>Args: unit.</summary>
    SeizureRulingRequired,

    /// <summary>Args: unit, ruling number, the seizing authority, the authority applying.</summary>
    SeizureWrongAuthority,

    /// <summary>Args: the release basis, the fact it needs.</summary>
    SeizureReleaseBasisIncomplete,

    /// <summary>Args: unit, the co-ownership recorded.</summary>
    ShareTransferNotByShares,

    /// <summary>Args: unit, the total after the transfer, the holders after the transfer with their shares.</summary>
    ShareTransferTotal,

    /// <summary>Args: unit, the other co-owners.</summary>
    ShareTransferFirstRefusal,

    /// <summary>Args: the value given for the mortgage's transfer-restriction agreement (Civil Code 406), not yes or no.</summary>
    TransferRestrictionNotYesNo,

    /// <summary>Args: the debt term's start, its end (the end is before the start).</summary>
    MortgageTermReversed,

    /// <summary>Args: the mortgage kind given (not General or MaximumAmount).</summary>
    MortgageKindUnknown,

    /// <summary>Args: the secured amount or ceiling given (not above zero).</summary>
    MortgageAmountNotPositive,

    /// <summary>Args: the priority given (not a whole number from 1).</summary>
    PriorityInvalid,

    /// <summary>Args: the party named both mortgagor and mortgagee.</summary>
    MortgagorIsMortgagee,

    /// <summary>Args: the guarantee scope given (a part that is not one of Civil Code 389's, or without the principal claim).</summary>
    GuaranteeScopeInvalid,

    /// <summary>Args: the debtor's name or ID number given without the other.</summary>
    DebtorIncomplete,

    /// <summary>A party's mobile number is not a mainland mobile number. Args: the text given.</summary>
    MobileInvalid,
}
