using Registry.Application.Recording;
using Registry.Application.Review;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Review.ProductionFacts;

/// <summary>
/// A party of a story's case: role, name, ID number (resident ID or credit code unless <paramref name="Document"/> names
/// another document), share, and whether they sign.
/// </summary>
public sealed record StoryParty(CasePartyRole Role, string Name, string IdNumber, string? Share = null, bool IsApplicant = true, Registry.Domain.Parties.IdentityDocumentType? Document = null);

/// <summary>What another department pushes against the story's unit.</summary>
public sealed record StoryRestriction(UnitRestrictionKind Kind, string Authority, IReadOnlyList<string> CoveredTypes, bool Released = false);

/// <summary>
/// A registration story told through the product: the unit's register is booked with register effects, the case is
/// accepted (the domain's acceptance, stored by the case repository), shared data is pushed through the data-sharing
/// feed, other open cases are accepted on the same unit, and the facts come from the production fact builder.
/// Effects get the unit code and the story's running number (for unique certificate numbers).
/// </summary>
public sealed record Story
{
    public string Type { get; init; } = "HouseTransferResale";

    public string? Cause { get; init; } = "Sale";

    public RuleStage Stage { get; init; } = RuleStage.Review;

    public CaseChannel Channel { get; init; } = CaseChannel.Counter;

    public IReadOnlyList<StoryParty> Parties { get; init; } = [];

    public IReadOnlyList<string> Materials { get; init; } = [];

    public IReadOnlyList<string> SharedMaterials { get; init; } = [];

    /// <summary>The declaration; <c>{cert}</c> in <see cref="CaseDeclaration.CertificateNo"/> is replaced by the register's certificate.</summary>
    public CaseDeclaration Declared { get; init; } = CaseDeclaration.None;

    /// <summary>The unit's natural use (用途) in register words.</summary>
    public string Use { get; init; } = "住宅";

    /// <summary>Starting register: effects booked one by one before the case (null: the unit is not in the register).</summary>
    public Func<StoryContext, IEnumerable<RegisterEffect>>? Register { get; init; } = _ => [];

    /// <summary>Effects booked on the neighbouring unit (<see cref="StoryContext.OtherUnit"/>, owned by 王五) after its ownership.</summary>
    public Func<StoryContext, IEnumerable<RegisterEffect>>? OtherRegister { get; init; }

    /// <summary>The objector of each objection in the starting register filed a lawsuit in time (recorded on its lapse).</summary>
    public bool ObjectionCourtFiled { get; init; }

    public bool VerifyIdentities { get; init; } = true;

    /// <summary>Identity details pushed for a party's ID number: document validity end and capacity ruling.</summary>
    public IReadOnlyDictionary<string, (DateOnly? ValidUntil, string? CapacityRuling)> IdentityDetails { get; init; } = new Dictionary<string, (DateOnly?, string?)>();

    /// <summary>Net-signed contract pushed for the unit (sellers: transferors/developers, buyers: transferees).</summary>
    public bool Contract { get; init; }

    /// <summary>Contract price when it differs from the declared price.</summary>
    public decimal? ContractPrice { get; init; }

    /// <summary>Replace the contract's buyers.</summary>
    public IReadOnlyList<(string Name, string IdNumber)>? ContractBuyers { get; init; }

    /// <summary>Push the contract for another unit than the story's.</summary>
    public bool ContractOnOtherUnit { get; init; }

    public bool TaxPaid { get; init; }

    /// <summary>The contract is only signed online (网签), not filed (备案).</summary>
    public bool ContractNotFiled { get; init; }

    /// <summary>Maintenance fund status pushed for the unit; null: nothing pushed.</summary>
    public bool? MaintenanceFundPaid { get; init; }

    /// <summary>Marriage records by ID number: status and spouse ID.</summary>
    public IReadOnlyDictionary<string, (string Status, string? SpouseId)> Marriages { get; init; } = new Dictionary<string, (string, string?)>();

    /// <summary>Court document pushed under the declaration's court document number: in force, and for this unit or another.</summary>
    public (bool InForce, bool ThisUnit)? CourtDocument { get; init; }

    public IReadOnlyList<StoryRestriction> Restrictions { get; init; } = [];

    /// <summary>Business types of other open cases accepted on the unit before this one.</summary>
    public IReadOnlyList<string> OtherOpenCases { get; init; } = [];

    /// <summary>Days before now the starting register was booked (entries a minute apart).</summary>
    public int RegisterDaysAgo { get; init; } = 2;

    /// <summary>Days before today the case was accepted.</summary>
    public int AcceptedDaysAgo { get; init; } = 1;

    public Story With(params string[] materials) => this with { Materials = [.. Materials, .. materials] };

    public Story Without(string material) => this with { Materials = [.. Materials.Where(m => m != material)] };
}

/// <summary>What a story's register effects may use: its unit, certificate number and a second unit (for easements).</summary>
public sealed record StoryContext(string Unit, string Certificate, string OtherUnit, int Number);
