using Registry.Application.Register.Browse;

namespace Registry.Application.CaseFile;

/// <summary>
/// Everything an examiner reads on a case page (案卷): the case, its parties, its units with their register snapshot,
/// materials against the type's checklist, the latest rule findings, the workflow diagram, the journal and the deadline.
/// Display-ready; the console never sees domain entities or the DbContext.
/// </summary>
/// <param name="Case">The case itself.</param>
/// <param name="Parties">Parties in application order.</param>
/// <param name="Units">Units in application order with their register now.</param>
/// <param name="Materials">Materials received and what the checklist still lacks.</param>
/// <param name="Findings">The latest review run's findings; null when no rules ran yet.</param>
/// <param name="Workflow">The workflow diagram and where the case waits; null when not on a workflow.</param>
/// <param name="Journal">The workflow journal as plain history, oldest first.</param>
/// <param name="Deadline">The statutory clock; null when the case is not tracked.</param>
public sealed record CaseFile(
    CaseFileHeader Case,
    IReadOnlyList<CaseFileParty> Parties,
    IReadOnlyList<CaseFileUnit> Units,
    CaseFileMaterials Materials,
    CaseFileFindings? Findings,
    CaseFileWorkflow? Workflow,
    IReadOnlyList<CaseFileJournalLine> Journal,
    CaseFileDeadline? Deadline);

/// <summary>The case's own data.</summary>
/// <param name="CaseNumber">业务号.</param>
/// <param name="BusinessType">Business type code.</param>
/// <param name="BusinessTypeZh">Type name in Chinese (the code when the catalogue does not know it).</param>
/// <param name="BusinessTypeEn">Type name in English.</param>
/// <param name="Status">Case status (CaseStatus name).</param>
/// <param name="AcceptedAt">Acceptance time.</param>
/// <param name="AcceptedBy">Who accepted it.</param>
/// <param name="Channel">Intake channel.</param>
/// <param name="Cause">Cause, if any.</param>
/// <param name="DeclaredPrice">Declared price, if any.</param>
/// <param name="CertificateNo">Certificate issued, if any.</param>
/// <param name="IsOpen">True until completed, rejected or withdrawn.</param>
public sealed record CaseFileHeader(
    string CaseNumber,
    string BusinessType,
    string BusinessTypeZh,
    string BusinessTypeEn,
    string Status,
    DateTimeOffset AcceptedAt,
    string AcceptedBy,
    string Channel,
    string? Cause,
    decimal? DeclaredPrice,
    string? CertificateNo,
    bool IsOpen);

/// <summary>A party to the case.</summary>
/// <param name="Role">CasePartyRole name (e.g. Transferee).</param>
/// <param name="Name">Name.</param>
/// <param name="IdKind">ResidentId or CreditCode.</param>
/// <param name="IdNumber">ID number.</param>
/// <param name="Share">Share as "n/d", or null.</param>
/// <param name="IsApplicant">Signs the application.</param>
public sealed record CaseFileParty(string Role, string Name, string IdKind, string IdNumber, string? Share, bool IsApplicant);

/// <summary>A unit of the case and its register now (null when the register has no such unit, e.g. a first registration).</summary>
/// <param name="UnitCode">Unit code.</param>
/// <param name="Register">Current register view, mortgages in priority order, seizures active then waiting.</param>
public sealed record CaseFileUnit(string UnitCode, UnitRegisterView? Register);

/// <summary>Materials received and the checklist of the type.</summary>
/// <param name="Received">What was received, in order of receipt.</param>
/// <param name="Checklist">Each checklist item and whether it is satisfied.</param>
public sealed record CaseFileMaterials(IReadOnlyList<CaseFileMaterial> Received, IReadOnlyList<CaseFileChecklistItem> Checklist)
{
    /// <summary>Required items not received (obtained-through-sharing items excepted).</summary>
    public IEnumerable<CaseFileChecklistItem> Missing => Checklist.Where(i => i.Required && !i.Satisfied);
}

/// <summary>A material received.</summary>
/// <param name="Code">Material code.</param>
/// <param name="NameZh">Chinese name (the code when unknown).</param>
/// <param name="NameEn">English name (the code when unknown).</param>
/// <param name="Pages">Pages.</param>
/// <param name="ProvidedBy">Who handed it in.</param>
/// <param name="ReceivedAt">When.</param>
/// <param name="ViaDataSharing">Obtained through data sharing.</param>
public sealed record CaseFileMaterial(string Code, string NameZh, string NameEn, int Pages, string? ProvidedBy, DateTimeOffset ReceivedAt, bool ViaDataSharing);

/// <summary>One checklist item of the type.</summary>
/// <param name="Code">Item code; "A|B" means either.</param>
/// <param name="NameZh">Chinese name(s), alternatives joined with 或.</param>
/// <param name="NameEn">English name(s), alternatives joined with " or ".</param>
/// <param name="Required">Required for the type.</param>
/// <param name="ProvidedBy">Who provides it (sharedData: the office obtains it).</param>
/// <param name="Satisfied">A received material (or data sharing) covers it.</param>
public sealed record CaseFileChecklistItem(string Code, string NameZh, string NameEn, bool Required, string ProvidedBy, bool Satisfied);
