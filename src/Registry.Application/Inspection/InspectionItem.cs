namespace Registry.Application.Inspection;

/// <summary>
/// A checklist item of a quality inspection (质检检查项). The six follow the self-check categories (原则、内容、证书、
/// 年限、时效、上报), with materials split out of content because inspectors check the case file first.
/// </summary>
public enum InspectionItem
{
    /// <summary>材料齐全: the materials match the business type's checklist.</summary>
    Materials,

    /// <summary>审核意见规范: the review opinions and the registration principles (kind, cause, separation of duties).</summary>
    ReviewOpinion,

    /// <summary>登簿准确: the register entry (fields, shares, encumbrances, terms).</summary>
    RegisterEntry,

    /// <summary>缮证正确: the certificate or certification number and type.</summary>
    Certificate,

    /// <summary>时限合规: booked within the promised time limit, steps in order.</summary>
    TimeLimit,

    /// <summary>上报及时: the booking reported to the national platform and acknowledged.</summary>
    Reporting,
}
