namespace Registry.Application.Review.Facts;

/// <summary>Identity document type (证件种类).</summary>
public enum IdType
{
    /// <summary>居民身份证 (GB 11643).</summary>
    ResidentId,
    /// <summary>统一社会信用代码 (GB 32100).</summary>
    CreditCode,
    /// <summary>护照 (format only).</summary>
    Passport,
    /// <summary>港澳台居民居住证 (18 characters, GB 11643 check character).</summary>
    HkMacaoTaiwanPermit,
    /// <summary>外国人永久居留身份证.</summary>
    ForeignPermanentResident,
    /// <summary>军官证等.</summary>
    MilitaryId,
    /// <summary>其他.</summary>
    Other,

    /// <summary>组织机构代码 (GB 11714).</summary>
    OrganisationCode,

    /// <summary>港澳居民来往内地通行证 / 台湾居民来往大陆通行证 (format only).</summary>
    HkMacaoTaiwanTravelPermit,
}
