namespace Registry.Application.Examination;

/// <summary>
/// Which check of <see cref="DecisionValidator"/> a <see cref="DecisionError"/> comes from, so that a console words it in its
/// own language by code instead of guessing from the field. One value per distinct check; the values are stable.
/// </summary>
public enum DecisionErrorCode
{
    /// <summary>Not from the validator (an error raised elsewhere, e.g. by the incident desk): show its message.</summary>
    Unspecified = 0,

    /// <summary>The opinion is longer than <see cref="Fields.FieldLimits.Opinion"/>; the error carries the limit and the length.</summary>
    OpinionTooLong,

    /// <summary>A code (return target or reason code) is longer than <see cref="Fields.FieldLimits.Code"/>; the error carries the limit and the length.</summary>
    CodeTooLong,

    /// <summary>The step does not allow the decision's kind.</summary>
    KindNotAllowed,

    /// <summary>No opinion where the step requires one or the decision must give its reason.</summary>
    OpinionMissing,

    /// <summary>A return, refusal or suspension whose opinion is shorter than <see cref="DecisionValidator.MinimumReasonedOpinionLength"/>.</summary>
    OpinionTooShort,

    /// <summary>A return without the step to return to.</summary>
    ReturnToMissing,

    /// <summary>A return to a step the case has not passed.</summary>
    ReturnToNotPassed,

    /// <summary>A return without its reason.</summary>
    ReturnReasonMissing,

    /// <summary>A return whose reason code is not in <see cref="ReasonCatalogue.ReturnReasons"/>.</summary>
    ReturnReasonUnknown,

    /// <summary>A refusal without its legal ground (实施细则 art. 22).</summary>
    RefusalGroundMissing,

    /// <summary>A refusal whose ground is not in <see cref="ReasonCatalogue.RefusalGrounds"/>.</summary>
    RefusalGroundUnknown,

    /// <summary>A suspension without its reason.</summary>
    SuspendReasonMissing,

    /// <summary>A suspension whose reason code is not in <see cref="ReasonCatalogue.SuspendReasons"/>.</summary>
    SuspendReasonUnknown,
}
