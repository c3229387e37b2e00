namespace Registry.Application.Review.Facts;

/// <summary>The case (业务件) being reviewed, as the rules see it.</summary>
public sealed record CaseFacts
{
    /// <summary>Acceptance number (受理编号).</summary>
    public required string CaseNo { get; init; }

    /// <summary>Business type code from registration-types.md, e.g. HouseTransferResale.</summary>
    public required string BusinessType { get; init; }

    /// <summary>Stage the case is at.</summary>
    public Registry.Application.Review.RuleStage Stage { get; init; } = Registry.Application.Review.RuleStage.Review;

    /// <summary>Intake channel.</summary>
    public IntakeChannel Channel { get; init; } = IntakeChannel.Counter;

    /// <summary>Acceptance time.</summary>
    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>Cause of the registration: Sale, Gift, Inheritance, Bequest, CourtOrder, Abandonment, Exchange…</summary>
    public string? Cause { get; init; }

    /// <summary>All parties with their roles.</summary>
    public IReadOnlyList<PartyFacts> Parties { get; init; } = [];

    /// <summary>Codes of the materials received (see rules/materials.json), including consents and undertakings.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Codes of materials obtained through data sharing instead of paper (Regulation art. 24).</summary>
    public IReadOnlyList<string> SharedMaterials { get; init; } = [];

    /// <summary>Price declared in the application (申报价格), yuan.</summary>
    public decimal? DeclaredPrice { get; init; }

    /// <summary>Certificate or proof number submitted (所持证书号).</summary>
    public string? CertificateNo { get; init; }

    /// <summary>Entrusting authority for E-type cases.</summary>
    public EntrustingAuthorityFacts? EntrustingAuthority { get; init; }

    /// <summary>For a combined case, the single business types of all its steps in booking order.</summary>
    public IReadOnlyList<string> CombinedSteps { get; init; } = [];

    /// <summary>
    /// Set on the facts of one step of a combined case (组合业务): the combined type's code. <see cref="BusinessType"/> is
    /// then the step's single type, the parties are on the side they take in that step, and the unit is the register as
    /// the earlier steps leave it (registration-types.md §4).
    /// </summary>
    public string? CombinedType { get; init; }

    /// <summary>The step's number (1-based, booking order) when these are a step's facts; null for the whole case.</summary>
    public int? Step { get; init; }

    /// <summary>The step's name in Chinese (e.g. 存量房买卖转移登记) when these are a step's facts.</summary>
    public string? StepNameZh { get; init; }

    /// <summary>The step's name in English when these are a step's facts.</summary>
    public string? StepNameEn { get; init; }

    /// <summary>For MortgageChange / MortgageMaxAmountChange (alone or as a step): what changes, read from the application and the register.</summary>
    public MortgageChangeFacts? MortgageChange { get; init; }

    /// <summary>Start of the underlying contract term (land management, residence right).</summary>
    public DateOnly? ContractStart { get; init; }

    /// <summary>End of the underlying contract term.</summary>
    public DateOnly? ContractEnd { get; init; }

    /// <summary>For corrections: the booking date of the entry said to be wrong.</summary>
    public DateOnly? CorrectedEntryBookedOn { get; init; }

    /// <summary>The disposal concerns the whole property (not one co-owner's own share).</summary>
    public bool DisposesWhole { get; init; } = true;

    /// <summary>Ground for a single-party application where the type is joint (Regulation art. 14 para 2).</summary>
    public string? SingleApplicationGround { get; init; }

    /// <summary>
    /// Materials the case's workflow waits for after acceptance through a signal from another department — the tax bureau's
    /// 完税 (<c>tax-paid</c>) stands for the tax receipt — so the intake checklist does not ask for them (Regulation art. 24).
    /// </summary>
    public IReadOnlyList<string> AwaitedMaterials { get; init; } = [];

    /// <summary>Working days the announcement (公告) has run so far, computed by the caller from the calendar; null when none.</summary>
    public int? AnnouncementWorkingDays { get; init; }

    /// <summary>For ex-officio correction: working days since the notice to the party (must reach 30 before the announcement).</summary>
    public int? CorrectionNoticeWorkingDays { get; init; }

    /// <summary>For an objection application: key of the matter and reason (同一事项同一理由), to detect repeats.</summary>
    public string? ObjectionMatter { get; init; }

    /// <summary>True when the material code was received on paper or obtained through data sharing.</summary>
    public bool Has(string materialCode) => Materials.Contains(materialCode) || SharedMaterials.Contains(materialCode);

    /// <summary>Parties with the given role.</summary>
    public IEnumerable<PartyFacts> InRole(PartyRole role) => Parties.Where(p => p.Role == role);

    /// <summary>The disposing parties (处分人): the giving side — transferors, mortgagors, an owner granting an easement or residence right.</summary>
    public IEnumerable<PartyFacts> Disposers => Parties.Where(p => p.Side == PartySide.Giving);

    /// <summary>The acquiring parties: transferees, mortgagees, the holder of an easement or residence right being created or moved.</summary>
    public IEnumerable<PartyFacts> Acquirers => Parties.Where(p => p.Side == PartySide.Taking);

    /// <summary>True when the contract term (start to end) runs at least <paramref name="years"/> years.</summary>
    public bool ContractRunsAtLeastYears(int years) => ContractStart is { } s && ContractEnd is { } e && e >= s.AddYears(years);
}
