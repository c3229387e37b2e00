namespace Registry.Persistence.SharedData;

/// <summary>A net-signed or filed sale contract (网签合同) as pushed by the housing authority.</summary>
internal sealed class SharedContractRow
{
    public required string ContractNo { get; set; }

    public required string UnitCode { get; set; }

    public decimal Price { get; set; }

    public bool IsFiled { get; set; }

    public DateOnly SignedOn { get; set; }
}

/// <summary>A seller or buyer of a contract.</summary>
internal sealed class SharedContractPartyRow
{
    public required string ContractNo { get; set; }

    /// <summary>Seller or Buyer.</summary>
    public required string Side { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public required string IdNumber { get; set; }
}

/// <summary>A tax payment (完税) pushed by the tax system for a case.</summary>
internal sealed class SharedTaxPaymentRow
{
    public required string CaseNumber { get; set; }

    public bool Paid { get; set; }

    public decimal Amount { get; set; }

    public string? VoucherNo { get; set; }
}

/// <summary>An identity record (population or enterprise register) used for online identity checks.</summary>
internal sealed class SharedIdentityRow
{
    public required string IdNumber { get; set; }

    public required string Name { get; set; }

    /// <summary>End of the document's validity; null when unlimited or not reported.</summary>
    public DateOnly? DocumentValidUntil { get; set; }

    /// <summary>Court ruling declaring limited or no civil capacity (民法典 24), if any.</summary>
    public string? CapacityRuling { get; set; }
}

/// <summary>A dispute, illegal-building finding or administrative restriction another department reported against a unit.</summary>
internal sealed class SharedUnitRestrictionRow
{
    public required string RecordNo { get; set; }

    public required string UnitCode { get; set; }

    public required string Kind { get; set; }

    public required string Authority { get; set; }

    /// <summary>Covered business-type patterns, comma-separated; empty: every disposal.</summary>
    public required string CoveredTypes { get; set; }

    public bool Released { get; set; }
}

/// <summary>A marriage registration record (婚姻登记) from civil affairs.</summary>
internal sealed class SharedMarriageRow
{
    public required string IdNumber { get; set; }

    public required string Status { get; set; }

    public string? SpouseName { get; set; }

    public string? SpouseIdNumber { get; set; }
}

/// <summary>A court document (法院文书) confirmed by the court system.</summary>
internal sealed class SharedCourtDocumentRow
{
    public required string DocumentNo { get; set; }

    public required string Court { get; set; }

    public bool InForce { get; set; }

    public string? UnitCode { get; set; }
}

/// <summary>Maintenance fund (维修资金) status of a unit.</summary>
internal sealed class SharedMaintenanceFundRow
{
    public required string UnitCode { get; set; }

    public bool Paid { get; set; }
}
