namespace Registry.Persistence.Rows;

/// <summary>
/// One append-only register entry. Kind-specific fields are nullable columns of one table, so a unit's
/// history is one indexed range read. Only ClosedAt and ClosedByCaseNumber are ever written after insert.
/// </summary>
internal sealed class RegisterEntryRow
{
    public Guid Id { get; set; }

    public required string UnitCode { get; set; }

    public required string Kind { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public required string CaseNumber { get; set; }

    public string? ClosedByCaseNumber { get; set; }

    /// <summary>Right type (ownership); notice kind (pre-notice); purpose (easement).</summary>
    public string? RightType { get; set; }

    public string? CoOwnership { get; set; }

    /// <summary>Certificate or proof number, half-width brackets.</summary>
    public string? CertificateNumber { get; set; }

    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }

    /// <summary>Mortgagee, pre-notice holder, objection applicant, residence or easement holder.</summary>
    public string? PartyName { get; set; }

    public string? PartyIdKind { get; set; }

    public string? PartyIdNumber { get; set; }

    public string? MortgageKind { get; set; }

    public decimal? Amount { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Mortgage: the parties agreed the property may not be transferred (Civil Code 406). Its mortgagors are holder rows.</summary>
    public bool? TransferRestricted { get; set; }

    /// <summary>Mortgage: the guarantee scope (担保范围) as its parts' names, comma-separated; null: the statutory scope.</summary>
    public string? GuaranteeScope { get; set; }

    /// <summary>Mortgage: the debtor (债务人) where it is not the mortgagor.</summary>
    public string? DebtorName { get; set; }

    public string? DebtorIdKind { get; set; }

    public string? DebtorIdNumber { get; set; }

    /// <summary>Mortgage of a building under construction (在建建筑物抵押).</summary>
    public bool? InConstruction { get; set; }

    /// <summary>Mortgage: the instant that ranks it after a change of rank by agreement (Civil Code 409).</summary>
    public DateTimeOffset? RankedAt { get; set; }

    /// <summary>Ownership: how the right was first obtained from the state (取得方式), e.g. 审批 for a sea area.</summary>
    public string? Origin { get; set; }

    /// <summary>Easement on the benefiting unit's register: <see cref="RelatedUnitCode"/> is then the burdened unit.</summary>
    public bool? IsBenefit { get; set; }

    public Guid? SeizureId { get; set; }

    public string? SeizureState { get; set; }

    public string? Authority { get; set; }

    public string? RulingNumber { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Objection reason, residence conditions.</summary>
    public string? Detail { get; set; }

    /// <summary>Benefiting unit of an easement.</summary>
    public string? RelatedUnitCode { get; set; }
}
