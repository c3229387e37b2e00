namespace Registry.Domain.Parties;

/// <summary>
/// Identity document type (证件种类) chosen for each party at intake; each is validated by its own standard
/// (<see cref="IdentityDocument"/>). The stored kind (<see cref="IdentityDocument.KindOf"/>) is at most 16 characters.
/// </summary>
public enum IdentityDocumentType
{
    /// <summary>居民身份证 (GB 11643, MOD 11-2 check character).</summary>
    ResidentId,

    /// <summary>统一社会信用代码 (GB 32100, MOD 31 check character).</summary>
    CreditCode,

    /// <summary>组织机构代码 (GB 11714, MOD 11 check character), for organisations registered before the credit code.</summary>
    OrganisationCode,

    /// <summary>护照 passport (no public checksum: format only).</summary>
    Passport,

    /// <summary>港澳居民来往内地通行证 (回乡证; format only).</summary>
    HkMacaoTravelPermit,

    /// <summary>台湾居民来往大陆通行证 (台胞证; format only).</summary>
    TaiwanTravelPermit,

    /// <summary>港澳台居民居住证: the 18-character ID format with address code 810000, 820000 or 830000.</summary>
    HkMacaoTaiwanResidencePermit,

    /// <summary>外国人永久居留身份证 (2017 edition: 3 letters + 12 digits; 2023 edition: 18 digits starting with 9).</summary>
    ForeignPermanentResidentId,

    /// <summary>其他证件 (军官证 and the like): any number of 1–40 visible characters.</summary>
    Other,
}
