using System.Text.Json;
using System.Text.Json.Serialization;

namespace Registry.Cli.Scenarios;

// The scenario file format, documented for registration experts in docs/scenarios.md. Property names are the
// file's (camelCase); unknown properties are refused so a misspelt field never silently does nothing.

/// <summary>A scenario: a starting register, a start time, steps, and what must hold at the end.</summary>
public sealed record ScenarioFile
{
    /// <summary>What the story is about.</summary>
    public required string Name { get; init; }

    /// <summary>The story told at length, with the articles of law that make it right (and where the law is unsure).</summary>
    public string? Description { get; init; }

    /// <summary>The scenario clock's starting instant.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>"demo" or an object with units.</summary>
    public JsonElement Register { get; init; }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; init; } = [];

    /// <summary>What must hold at the end.</summary>
    public ScenarioExpectation? Expect { get; init; }
}

/// <summary>The starting register when it is given unit by unit.</summary>
public sealed record ScenarioRegister
{
    /// <summary>The units.</summary>
    public IReadOnlyList<ScenarioUnit> Units { get; init; } = [];
}

/// <summary>One unit of the starting register.</summary>
public sealed record ScenarioUnit
{
    /// <summary>28-character unit code.</summary>
    public required string Code { get; init; }

    /// <summary>Parcel, Building or Household.</summary>
    public string Kind { get; init; } = "Household";

    /// <summary>坐落.</summary>
    public string Location { get; init; } = "";

    /// <summary>用途.</summary>
    public string Use { get; init; } = "住宅";

    /// <summary>Area in m².</summary>
    public decimal Area { get; init; } = 90m;

    /// <summary>Sole, Joint or ByShares; default Sole for one owner, Joint for several without shares.</summary>
    public string? CoOwnership { get; init; }

    /// <summary>The owners' right type (权利类型) as the register writes it; default 国有建设用地使用权/房屋所有权.</summary>
    public string? RightType { get; init; }

    /// <summary>End of the right's term (使用期限), yyyy-MM-dd; none by default.</summary>
    public DateOnly? TermEnd { get; init; }

    /// <summary>Current owners.</summary>
    public IReadOnlyList<ScenarioPerson> Owners { get; init; } = [];

    /// <summary>Mortgages in priority order.</summary>
    public IReadOnlyList<ScenarioMortgage> Mortgages { get; init; } = [];

    /// <summary>Seizures in delivery order: the first is active, the rest wait.</summary>
    public IReadOnlyList<ScenarioSeizure> Seizures { get; init; } = [];

    /// <summary>Pre-notices.</summary>
    public IReadOnlyList<ScenarioPreNotice> PreNotices { get; init; } = [];

    /// <summary>Objections.</summary>
    public IReadOnlyList<ScenarioObjection> Objections { get; init; } = [];
}

/// <summary>A person or organisation with an ID number or credit code, and a share when by shares.</summary>
public sealed record ScenarioPerson
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>18-character ID number or unified social credit code.</summary>
    public required string Id { get; init; }

    /// <summary>Share such as "1/2".</summary>
    public string? Share { get; init; }
}

/// <summary>A mortgage of the starting register.</summary>
public sealed record ScenarioMortgage
{
    /// <summary>Mortgagee (抵押权人).</summary>
    public required string Mortgagee { get; init; }

    /// <summary>Mortgagee's credit code.</summary>
    public required string MortgageeId { get; init; }

    /// <summary>Amount in yuan.</summary>
    public required decimal Amount { get; init; }

    /// <summary>General or MaximumAmount.</summary>
    public string Kind { get; init; } = "General";

    /// <summary>Debt term start.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Debt term end.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Mortgagors (抵押人); none means the unit's owners.</summary>
    public IReadOnlyList<ScenarioPerson> Mortgagors { get; init; } = [];

    /// <summary>An agreement restricting transfer of the property is recorded (约定不得转让, Civil Code 406).</summary>
    public bool TransferRestricted { get; init; }
}

/// <summary>A seizure of the starting register.</summary>
public sealed record ScenarioSeizure
{
    /// <summary>Court or other authority.</summary>
    public required string Authority { get; init; }

    /// <summary>文书号.</summary>
    public required string Ruling { get; init; }

    /// <summary>Delivery instant; defaults to before the start.</summary>
    public DateTimeOffset? Delivered { get; init; }

    /// <summary>Start of the seizure term as ordered.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>End of the seizure term as ordered.</summary>
    public DateOnly? End { get; init; }
}

/// <summary>A pre-notice of the starting register.</summary>
public sealed record ScenarioPreNotice
{
    /// <summary>Holder (the buyer or mortgagee it protects).</summary>
    public required string Holder { get; init; }

    /// <summary>Holder's ID.</summary>
    public required string HolderId { get; init; }

    /// <summary>Purchase or Mortgage.</summary>
    public string Kind { get; init; } = "Purchase";
}

/// <summary>An objection of the starting register.</summary>
public sealed record ScenarioObjection
{
    /// <summary>Who objected.</summary>
    public required string Applicant { get; init; }

    /// <summary>Applicant's ID.</summary>
    public string? ApplicantId { get; init; }

    /// <summary>The disputed matter.</summary>
    public required string Matter { get; init; }
}

/// <summary>One step: exactly one of the properties is set.</summary>
public sealed record ScenarioStep
{
    /// <summary>An application (受理).</summary>
    public ApplyStep? Apply { get; init; }

    /// <summary>A decision on a task.</summary>
    public CompleteStep? Complete { get; init; }

    /// <summary>An external signal.</summary>
    public SignalStep? Signal { get; init; }

    /// <summary>The clock moves.</summary>
    public AdvanceStep? Advance { get; init; }

    /// <summary>A suspended case is resumed.</summary>
    public ResumeStep? Resume { get; init; }

    /// <summary>The application is withdrawn.</summary>
    public WithdrawStep? Withdraw { get; init; }

    /// <summary>Several decisions on the same task at the same moment.</summary>
    public ConcurrentStep? Concurrent { get; init; }

    /// <summary>A check at this point.</summary>
    [JsonPropertyName("expect")]
    public ScenarioExpectation? Check { get; init; }
}

/// <summary>An application.</summary>
public sealed record ApplyStep
{
    /// <summary>The label the scenario uses for the case.</summary>
    public required string Case { get; init; }

    /// <summary>The user who accepts it.</summary>
    public string As { get; init; } = "acceptor";

    /// <summary>Business type code.</summary>
    public required string Type { get; init; }

    /// <summary>Unit codes.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Parties.</summary>
    public IReadOnlyList<ScenarioParty> Parties { get; init; } = [];

    /// <summary>Declared facts by name.</summary>
    public Dictionary<string, JsonElement> Facts { get; init; } = [];

    /// <summary>Material codes received.</summary>
    public IReadOnlyList<string> Materials { get; init; } = [];

    /// <summary>Cause of the application (登记原因) where rules read it, e.g. Inheritance, Destroyed, Abandonment.</summary>
    public string? Cause { get; init; }

    /// <summary>What the data-sharing systems hold for this application; by default everything is on file and consistent.</summary>
    public ScenarioShared Shared { get; init; } = new();
}

/// <summary>
/// The records other departments push for an application (see docs/scenarios.md): switch one off to tell a story where
/// it is missing (no tax paid, no net-signed contract, an unverified identity).
/// </summary>
public sealed record ScenarioShared
{
    /// <summary>Identity checks of every party succeed (公安/市场监管).</summary>
    public bool Identity { get; init; } = true;

    /// <summary>A net-signed contract between transferors and transferees at the declared price (住建网签).</summary>
    public bool Contract { get; init; } = true;

    /// <summary>Taxes are paid when the case is accepted (一窗受理: the tax window is next door).</summary>
    public bool Tax { get; init; } = true;

    /// <summary>The court system confirms the document in facts.courtDocument (or facts.rulingNumber) as in force.</summary>
    public bool Court { get; init; } = true;

    /// <summary>Marital status of every natural person (civil affairs): Unmarried, Married, Divorced, Widowed.</summary>
    public string Marriage { get; init; } = "Unmarried";
}

/// <summary>A party to an application.</summary>
public sealed record ScenarioParty
{
    /// <summary>Role (Transferor, Transferee, Mortgagor, Mortgagee, Applicant, Holder, Agent…).</summary>
    public required string Role { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>ID number or credit code.</summary>
    public required string Id { get; init; }

    /// <summary>Share such as "1/2".</summary>
    public string? Share { get; init; }

    /// <summary>Identity document type (ResidentId, CreditCode, Passport…); null infers it from the number.</summary>
    public string? IdType { get; init; }
}

/// <summary>A decision on the open task of a case.</summary>
public sealed record CompleteStep
{
    /// <summary>Case label.</summary>
    public required string Case { get; init; }

    /// <summary>User deciding.</summary>
    public required string As { get; init; }

    /// <summary>approve, return, reject or suspend.</summary>
    public required string Outcome { get; init; }

    /// <summary>Opinion.</summary>
    public string? Opinion { get; init; }

    /// <summary>Node id when several tasks are open.</summary>
    public string? Task { get; init; }

    /// <summary>Node to return to.</summary>
    public string? ReturnTo { get; init; }

    /// <summary>Reason code.</summary>
    public string? Reason { get; init; }
}

/// <summary>An external signal.</summary>
public sealed record SignalStep
{
    /// <summary>Case label.</summary>
    public required string Case { get; init; }

    /// <summary>Signal name.</summary>
    public required string Name { get; init; }
}

/// <summary>Clock movement: exactly one field.</summary>
public sealed record AdvanceStep
{
    /// <summary>Working days on the office calendar.</summary>
    public int? WorkingDays { get; init; }

    /// <summary>Calendar days.</summary>
    public int? Days { get; init; }

    /// <summary>Hours.</summary>
    public int? Hours { get; init; }

    /// <summary>An absolute instant.</summary>
    public DateTimeOffset? To { get; init; }
}

/// <summary>What must hold.</summary>
public sealed record ScenarioExpectation
{
    /// <summary>By case label.</summary>
    public Dictionary<string, CaseExpectation> Cases { get; init; } = [];

    /// <summary>By unit code.</summary>
    public Dictionary<string, UnitExpectation> Units { get; init; } = [];
}

/// <summary>What must hold for a case.</summary>
public sealed record CaseExpectation
{
    /// <summary>Case status name, or Refused when acceptance refused it.</summary>
    public string? Status { get; init; }

    /// <summary>Current workflow node.</summary>
    public string? Node { get; init; }

    /// <summary>Rule codes that must have fired.</summary>
    public IReadOnlyList<string>? Findings { get; init; }

    /// <summary>Rule codes that must not have fired at any review of the case.</summary>
    public IReadOnlyList<string>? NoFindings { get; init; }

    /// <summary>Overdue or not.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Text the refusal must contain.</summary>
    public string? Error { get; init; }

    /// <summary>Texts that must each appear in the message (zh or en) of some finding of the case.</summary>
    public IReadOnlyList<string>? FindingMessages { get; init; }

    /// <summary>Whether the case issued a certificate or certification (true) or none (false).</summary>
    public bool? Certificate { get; init; }

    /// <summary>An incident (异常) that must be open on the case: its node and text of its reason.</summary>
    public IncidentExpectation? Incident { get; init; }

    /// <summary>How many incidents must be open (0: none).</summary>
    public int? Incidents { get; init; }

    /// <summary>Entries the workflow history must hold, in this order.</summary>
    public IReadOnlyList<HistoryExpectation>? History { get; init; }

    /// <summary>The statutory due date (office time) of the open case.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>Whether the statutory clock is stopped now (补正, 中止, 公告).</summary>
    public bool? ClockPaused { get; init; }

    /// <summary>Text the certificate or certification number must contain (e.g. <c>不动产权第</c>, <c>不动产证明第</c>).</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>What came of the case's concurrent decisions.</summary>
    public RaceExpectation? Race { get; init; }
}

/// <summary>What must hold for a unit.</summary>
public sealed record UnitExpectation
{
    /// <summary>Owner names in order.</summary>
    public IReadOnlyList<string>? Owners { get; init; }

    /// <summary>Shares in owner order.</summary>
    public IReadOnlyList<string>? Shares { get; init; }

    /// <summary>Number of current mortgages.</summary>
    public int? Mortgages { get; init; }

    /// <summary>Mortgagees in priority order.</summary>
    public IReadOnlyList<string>? Mortgagees { get; init; }

    /// <summary>The current mortgages in priority order, each checked on the fields it names.</summary>
    public IReadOnlyList<MortgageExpectation>? MortgageEntries { get; init; }

    /// <summary>Ruling number of the active seizure, or "" for none.</summary>
    public string? ActiveSeizure { get; init; }

    /// <summary>Ruling numbers of waiting seizures in queue order.</summary>
    public IReadOnlyList<string>? WaitingSeizures { get; init; }

    /// <summary>Term of the active seizure as "yyyy-MM-dd/yyyy-MM-dd" (start/end; either side empty when not recorded).</summary>
    public string? ActiveSeizureTerm { get; init; }

    /// <summary>Terms of the waiting seizures in queue order, each as "yyyy-MM-dd/yyyy-MM-dd".</summary>
    public IReadOnlyList<string>? WaitingSeizureTerms { get; init; }

    /// <summary>Text the ownership's certificate number (不动产权证书号) must contain; "" when the ownership has none.</summary>
    public string? CertificateNumber { get; init; }

    /// <summary>Number of current pre-notices.</summary>
    public int? PreNotices { get; init; }

    /// <summary>Number of current objections.</summary>
    public int? Objections { get; init; }

    /// <summary>The owners' right type (权利类型); "" when the unit has no current owner.</summary>
    public string? RightType { get; init; }

    /// <summary>Co-ownership of the current owners: Sole, Joint or ByShares; "" when none.</summary>
    public string? CoOwnership { get; init; }
}

/// <summary>What must hold for one mortgage (抵押权) of a unit; only what is named is checked.</summary>
public sealed record MortgageExpectation
{
    /// <summary>Mortgagee (抵押权人).</summary>
    public string? Mortgagee { get; init; }

    /// <summary>Mortgagors (抵押人) in order.</summary>
    public IReadOnlyList<string>? Mortgagors { get; init; }

    /// <summary>General or MaximumAmount.</summary>
    public string? Kind { get; init; }

    /// <summary>Secured amount or ceiling, yuan.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Start of the debt term.</summary>
    public DateOnly? DebtStart { get; init; }

    /// <summary>End of the debt term.</summary>
    public DateOnly? DebtEnd { get; init; }

    /// <summary>Whether a transfer-restriction agreement is recorded.</summary>
    public bool? TransferRestricted { get; init; }
}
