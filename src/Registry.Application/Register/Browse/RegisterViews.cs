namespace Registry.Application.Register.Browse;

// Read models of the register browser. Flat, display-ready records: the consoles never see
// domain entities or the DbContext.

/// <summary>A search over units: free text (unit code prefix, location, holder name) and paging.</summary>
public sealed record UnitSearch(string? Text, int Page = 0, int PageSize = 20);

/// <summary>One page of results and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>One row of the unit search.</summary>
public sealed record UnitSummary(
    string UnitCode,
    string Location,
    string Use,
    decimal Area,
    string HoldersDisplay,
    int MortgageCount,
    int ActiveSeizureCount,
    int WaitingSeizureCount,
    bool HasPreNotice,
    bool HasObjection);

/// <summary>The register of one unit at one instant.</summary>
public sealed record UnitRegisterView(
    string UnitCode,
    string DisplayCode,
    string UnitKind,
    string Location,
    string Use,
    decimal Area,
    DateTimeOffset AsOf,
    IReadOnlyList<OwnershipView> Ownerships,
    IReadOnlyList<MortgageView> Mortgages,
    IReadOnlyList<SeizureView> Seizures,
    IReadOnlyList<PreNoticeView> PreNotices,
    IReadOnlyList<ObjectionView> Objections,
    IReadOnlyList<OtherRightView> OtherRights);

/// <summary>A holder of an ownership or use right, with the share as a display string ("1/2") when by shares.</summary>
public sealed record HolderView(string Name, string IdKind, string IdNumber, string? Share);

/// <summary>Ownership or land-use right (所有权/使用权).</summary>
public sealed record OwnershipView(
    string EntryId,
    string RightType,
    string CoOwnership,
    IReadOnlyList<HolderView> Holders,
    string? CertificateNumber,
    DateOnly? TermStart,
    DateOnly? TermEnd,
    DateTimeOffset RecordedAt,
    string? CaseNumber);

/// <summary>Mortgage (抵押权) in priority order (顺位).</summary>
public sealed record MortgageView(
    string EntryId,
    int Priority,
    string Kind,
    string Mortgagee,
    decimal Amount,
    DateOnly DebtStart,
    DateOnly DebtEnd,
    string? ProofNumber,
    DateTimeOffset RecordedAt,
    string? CaseNumber,
    IReadOnlyList<string>? Mortgagors = null,
    bool TransferRestricted = false,
    IReadOnlyList<string>? GuaranteeScope = null,
    string? Debtor = null,
    bool InConstruction = false);

/// <summary>Judicial seizure (查封); <see cref="State"/> is Active or Waiting, with the queue position for waiting ones.</summary>
public sealed record SeizureView(
    string EntryId,
    string State,
    int? QueuePosition,
    string Authority,
    string RulingNumber,
    DateTimeOffset DeliveredAt,
    DateOnly? Start,
    DateOnly? End,
    DateTimeOffset RecordedAt,
    string? CaseNumber);

/// <summary>Pre-notice (预告登记).</summary>
public sealed record PreNoticeView(string EntryId, string Kind, string Holder, DateTimeOffset RecordedAt, string? ProofNumber, string? CaseNumber);

/// <summary>Objection (异议登记).</summary>
public sealed record ObjectionView(string EntryId, string Applicant, string Reason, DateTimeOffset RecordedAt, DateOnly LapsesOn, string? CaseNumber);

/// <summary>Residence right, easement and other burdens.</summary>
public sealed record OtherRightView(string EntryId, string Kind, string Holder, string Summary, DateTimeOffset RecordedAt, string? CaseNumber);

/// <summary>One register entry in the unit's history; <see cref="ClosedAt"/> is null while it is current.</summary>
public sealed record RegisterHistoryEntry(
    string EntryId,
    string Kind,
    string Summary,
    DateTimeOffset RecordedAt,
    DateTimeOffset? ClosedAt,
    string? CaseNumber,
    string? ClosedByCaseNumber);
