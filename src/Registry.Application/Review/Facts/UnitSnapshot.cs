namespace Registry.Application.Review.Facts;

/// <summary>The register of one unit as the rules see it (不动产单元登记簿快照).</summary>
public sealed record UnitSnapshot
{
    /// <summary>28-character unit code.</summary>
    public required string Code { get; init; }

    /// <summary>Planned use: Residential, Commercial, Industrial, Office, Mixed, Public, Agricultural…</summary>
    public string Use { get; init; } = "Residential";

    /// <summary>Right type: StateLandHouse, StateLand, Homestead, CollectiveLandOwnership, LandContract, Sea, Forest…</summary>
    public string RightType { get; init; } = "StateLandHouse";

    /// <summary>Status of the ownership or use right.</summary>
    public RightStatus RightStatus { get; init; } = RightStatus.Current;

    /// <summary>Co-ownership type of the current right.</summary>
    public CoOwnershipType CoOwnershipType { get; init; } = CoOwnershipType.Sole;

    /// <summary>Current holders.</summary>
    public IReadOnlyList<HolderFacts> Holders { get; init; } = [];

    /// <summary>Holders of the land right the building stands on (for house-and-land identity).</summary>
    public IReadOnlyList<HolderFacts> LandHolders { get; init; } = [];

    /// <summary>The current valid certificate number of the right.</summary>
    public string? CurrentCertificateNo { get; init; }

    /// <summary>The current certificate has been announced void or collected.</summary>
    public bool CertificateVoided { get; init; }

    /// <summary>End of the land use right term; null for allocated land or ownership.</summary>
    public DateOnly? LandTermEnd { get; init; }

    /// <summary>An unresolved ownership dispute is recorded.</summary>
    public bool IsDisputed { get; init; }

    /// <summary>Recorded as illegal or temporary building (违法认定) without proof of rectification.</summary>
    public bool IsIllegalBuilding { get; init; }

    /// <summary>For land contracting rights: obtained by household contract (家庭承包).</summary>
    public bool IsHouseholdContract { get; init; }

    /// <summary>For sea rights: obtained by approval (审批取得).</summary>
    public bool ObtainedByApproval { get; init; }

    /// <summary>A pre-sale contract for the unit has been filed (已备案).</summary>
    public bool HasFiledPresaleContract { get; init; }

    /// <summary>Booking date of the latest disposal entry.</summary>
    public DateOnly? LastDisposalBookedOn { get; init; }

    /// <summary>Mortgages in priority order.</summary>
    public IReadOnlyList<MortgageFacts> Mortgages { get; init; } = [];

    /// <summary>Seizures, waiting seizures and pre-seizures.</summary>
    public IReadOnlyList<SeizureFacts> Seizures { get; init; } = [];

    /// <summary>Pre-notices.</summary>
    public IReadOnlyList<PreNoticeFacts> PreNotices { get; init; } = [];

    /// <summary>Objections.</summary>
    public IReadOnlyList<ObjectionFacts> Objections { get; init; } = [];

    /// <summary>Residence rights.</summary>
    public IReadOnlyList<ResidenceRightFacts> ResidenceRights { get; init; } = [];

    /// <summary>Easements.</summary>
    public IReadOnlyList<EasementFacts> Easements { get; init; } = [];

    /// <summary>Administrative restrictions.</summary>
    public IReadOnlyList<AdminRestrictionFacts> AdminRestrictions { get; init; } = [];

    /// <summary>Other open cases on the unit.</summary>
    public IReadOnlyList<OpenCaseFacts> OpenCases { get; init; } = [];

    /// <summary>True when the holder set contains a holder with this name and ID number.</summary>
    public bool HasHolder(string name, string idNumber) =>
        Holders.Any(h => string.Equals(h.Name.Trim(), name.Trim(), StringComparison.Ordinal)
            && string.Equals(h.IdNumber.Trim(), idNumber.Trim(), StringComparison.OrdinalIgnoreCase));
}
