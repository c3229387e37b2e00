namespace Registry.Application.Intake;

/// <summary>How a declared fact is entered.</summary>
public enum IntakeFactKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>An amount in yuan.</summary>
    Money,

    /// <summary>A date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>One of Sole, Joint, ByShares (共有方式).</summary>
    CoOwnership,

    /// <summary>A whole number (e.g. mortgage priority).</summary>
    Number,

    /// <summary>true / false (e.g. the pre-notice holder's consent).</summary>
    YesNo,
}
