namespace Registry.Application.Review.Facts;

/// <summary>
/// What another department reports against a unit through data sharing: an ownership dispute being handled
/// (权属争议, Regulation art. 22), an illegal-building finding (违法建筑认定, same article), or an administrative halt or
/// restriction (征收、没收、公安、税务、海关、市场监管…; the rules' <see cref="AdminRestrictionFacts"/>).
/// </summary>
public enum UnitRestrictionKind
{
    /// <summary>An unresolved ownership dispute (权属争议) recorded by the dispute-handling authority or a court.</summary>
    OwnershipDispute,

    /// <summary>Found an illegal or temporary building (违法建筑/临时建筑) by planning or urban management, not rectified.</summary>
    IllegalBuilding,

    /// <summary>Expropriation announced (征收决定公告后暂停办理).</summary>
    Expropriation,

    /// <summary>Confiscation or freezing by a procuratorate or supervisory commission (没收/冻结).</summary>
    Confiscation,

    /// <summary>Public security (公安机关查封).</summary>
    PublicSecurity,

    /// <summary>Tax authority (税务机关).</summary>
    Tax,

    /// <summary>Customs (海关).</summary>
    Customs,

    /// <summary>Market regulation (市场监管).</summary>
    Market,

    /// <summary>Any other administrative restriction.</summary>
    Other,
}
