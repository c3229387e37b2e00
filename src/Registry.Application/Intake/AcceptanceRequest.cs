namespace Registry.Application.Intake;

/// <summary>An application as the acceptance window (or an API client) submits it. Everything is text: validated here.</summary>
public sealed record AcceptanceRequest
{
    /// <summary>Business type code from the catalogue (e.g. HouseTransferResale).</summary>
    public required string BusinessType { get; init; }

    /// <summary>Unit codes (28 characters each).</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Parties.</summary>
    public IReadOnlyList<AcceptanceParty> Parties { get; init; } = [];

    /// <summary>Declared facts by name (declaredPrice, mortgageAmount, debtStart, debtEnd, courtDocument, authority, … and any
    /// fact a business type's effects read, e.g. coOwnership, rightType, priority).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();

    /// <summary>Codes of the materials received.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Cause (Sale, Gift, Inheritance, CourtOrder…), if any.</summary>
    public string? Cause { get; init; }

    /// <summary>Where the application came in (the window, a bank outlet or a court through the API).</summary>
    public Registry.Domain.Cases.CaseChannel Channel { get; init; } = Registry.Domain.Cases.CaseChannel.Counter;
}

/// <summary>A party as entered at the window.</summary>
/// <param name="Role">Role name (Transferor, Transferee, Mortgagor, Mortgagee, Holder, Applicant, Heir, Developer…).</param>
/// <param name="Name">Name.</param>
/// <param name="IdNumber">The number of the party's identity document (resident ID, credit code, passport…).</param>
/// <param name="Share">Share such as 1/2, only for 按份共有.</param>
/// <param name="IdType">
/// Identity document type (<see cref="Registry.Domain.Parties.IdentityDocumentType"/> name: ResidentId, CreditCode,
/// OrganisationCode, Passport, HkMacaoTravelPermit, TaiwanTravelPermit, HkMacaoTaiwanResidencePermit,
/// ForeignPermanentResidentId, Other). Null infers ResidentId or CreditCode from the number: an 18-character number with a
/// letter among its first 17 characters is read as a credit code.
/// </param>
/// <param name="Mobile">Mainland mobile number (11 digits, 1[3-9]…) for the office's notices; optional.</param>
public sealed record AcceptanceParty(string Role, string Name, string IdNumber, string? Share = null, string? IdType = null, string? Mobile = null);
