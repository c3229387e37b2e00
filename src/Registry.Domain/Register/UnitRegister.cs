using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>
/// The register of one immovable unit (登记簿 page): the aggregate that appends entries and enforces the
/// register's invariants. Every operation takes the case number and the booking instant from the caller;
/// instants must not go back before the last recorded change.
/// </summary>
public sealed partial class UnitRegister
{
    private readonly List<RegisterEntry> _entries;
    private readonly List<RegisterEntry> _appended = [];
    private readonly List<RegisterEntry> _closed = [];

    private UnitRegister(ImmovableUnit unit, IEnumerable<RegisterEntry> entries, long version)
    {
        Unit = unit;
        _entries = [.. entries.OrderBy(e => e.RecordedAt)];
        Version = version;
    }

    /// <summary>The unit and its natural state.</summary>
    public ImmovableUnit Unit { get; }

    /// <summary>Every entry ever written, oldest first, including closed ones.</summary>
    public IReadOnlyList<RegisterEntry> Entries => _entries;

    /// <summary>Entries appended since the register was opened or restored (for persistence).</summary>
    public IReadOnlyList<RegisterEntry> AppendedEntries => _appended;

    /// <summary>Stored entries closed since the register was restored (for persistence).</summary>
    public IReadOnlyList<RegisterEntry> ClosedEntries => _closed;

    /// <summary>Concurrency version as loaded from storage; 0 for a new register.</summary>
    public long Version { get; private set; }

    /// <summary>The state right now (every entry not closed).</summary>
    public RegisterSnapshot Current => new(Unit, DateTimeOffset.MaxValue, _entries.Where(e => e.IsCurrent));

    /// <summary>The latest instant any entry was recorded or closed.</summary>
    public DateTimeOffset? LastChangedAt =>
        _entries.Count == 0 ? null : _entries.Max(e => e.ClosedAt is { } c && c > e.RecordedAt ? c : e.RecordedAt);

    /// <summary>Opens an empty register for a newly set unit.</summary>
    public static UnitRegister Open(ImmovableUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitRegister(unit, [], 0);
    }

    /// <summary>Rebuilds a register from stored entries (persistence only).</summary>
    internal static UnitRegister Restore(ImmovableUnit unit, IEnumerable<RegisterEntry> entries, long version) => new(unit, entries, version);

    /// <summary>Marks pending changes as stored under <paramref name="version"/> (persistence only).</summary>
    internal void MarkSaved(long version)
    {
        _appended.Clear();
        _closed.Clear();
        _undo.Clear();
        Version = version;
    }

    /// <summary>Reconstructs the register as it stood at <paramref name="instant"/>.</summary>
    public RegisterSnapshot AsOf(DateTimeOffset instant) => new(Unit, instant, _entries);

    /// <summary>Records the first ownership or use right (首次登记). Refused when one is already current.</summary>
    public OwnershipEntry RecordOwnership(
        CaseNumber caseNumber,
        DateTimeOffset at,
        string rightType,
        CoOwnership coOwnership,
        IReadOnlyList<RightHolder> holders,
        CertificateNumber? certificateNumber = null,
        DateOnly? termStart = null,
        DateOnly? termEnd = null,
        string? origin = null)
    {
        CheckInstant(at);
        var existing = Current.Ownership;
        if (existing is not null)
        {
            throw new DomainValidationException("ownership", $"unit {Unit.Code} already has a current ownership (entry {existing.Id}, case {existing.CaseNumber}); use a transfer");
        }

        var entry = new OwnershipEntry(Guid.CreateVersion7(at), caseNumber, at, rightType, coOwnership, holders, certificateNumber, termStart, termEnd, origin);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Transfers the ownership (转移登记): closes the current ownership and appends the new one.
    /// Refused without a current ownership or while a seizure is active.
    /// </summary>
    public OwnershipEntry TransferOwnership(
        CaseNumber caseNumber,
        DateTimeOffset at,
        CoOwnership coOwnership,
        IReadOnlyList<RightHolder> holders,
        CertificateNumber? certificateNumber = null,
        string? rightType = null)
    {
        CheckInstant(at);
        var snapshot = Current;
        var existing = snapshot.Ownership
            ?? throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to transfer");
        if (snapshot.ActiveSeizure is { } seizure)
        {
            throw new DomainValidationException("seizure", $"unit {Unit.Code} is seized by {seizure.Authority} ({seizure.RulingNumber}); it cannot be transferred");
        }

        // Validate the new entry before closing the old one, so a refusal leaves nothing half-written.
        var entry = new OwnershipEntry(Guid.CreateVersion7(at), caseNumber, at, rightType ?? existing.RightType, coOwnership, holders, certificateNumber, existing.TermStart, existing.TermEnd, existing.Origin);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Adds a mortgage; its priority follows acceptance order. Refused while a seizure is active. The mortgagors (抵押人)
    /// default to the current holders of the ownership; <paramref name="transferRestricted"/> records an agreement that the
    /// property may not be transferred (Civil Code 406).
    /// </summary>
    public MortgageEntry AddMortgage(
        CaseNumber caseNumber,
        DateTimeOffset at,
        MortgageKind kind,
        Party mortgagee,
        decimal amount,
        DateOnly debtStart,
        DateOnly debtEnd,
        DateTimeOffset acceptedAt,
        CertificateNumber? proofNumber = null,
        IReadOnlyList<Party>? mortgagors = null,
        bool transferRestricted = false,
        MortgageDetails? details = null)
    {
        CheckInstant(at);
        var snapshot = Current;
        if (snapshot.ActiveSeizure is { } seizure)
        {
            throw new DomainValidationException("seizure", $"unit {Unit.Code} is seized by {seizure.Authority} ({seizure.RulingNumber}); no mortgage can be added");
        }

        if (snapshot.Ownership is null)
        {
            throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to mortgage");
        }

        var entry = new MortgageEntry(Guid.CreateVersion7(at), caseNumber, at, kind, mortgagee, amount, debtStart, debtEnd, acceptedAt, proofNumber,
            mortgagors is { Count: > 0 } ? mortgagors : [.. snapshot.Ownership.Holders.Select(h => h.Party)], transferRestricted, details);
        Append(entry);
        return entry;
    }

    /// <summary>Cancels a current mortgage (注销).</summary>
    public void CancelMortgage(CaseNumber caseNumber, DateTimeOffset at, Guid entryId) =>
        CloseCurrent<MortgageEntry>(caseNumber, at, entryId, "mortgage");

    /// <summary>The priority (顺位, 1-based) of a current mortgage.</summary>
    public int PriorityOf(Guid mortgageEntryId)
    {
        var list = Current.Mortgages;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Id == mortgageEntryId)
            {
                return i + 1;
            }
        }

        throw new DomainValidationException("mortgage", $"no current mortgage {mortgageEntryId} on unit {Unit.Code}");
    }

    /// <summary>
    /// Adds a seizure: active when none is active, otherwise waiting (轮候) in delivery-time order (SEI-03).
    /// </summary>
    public SeizureEntry AddSeizure(
        CaseNumber caseNumber,
        DateTimeOffset at,
        string authority,
        string rulingNumber,
        DateTimeOffset deliveredAt,
        DateOnly? start = null,
        DateOnly? end = null)
    {
        CheckInstant(at);
        var state = Current.ActiveSeizure is null ? SeizureState.Active : SeizureState.Waiting;
        var entry = new SeizureEntry(Guid.CreateVersion7(at), caseNumber, at, Guid.CreateVersion7(deliveredAt), state, authority, rulingNumber, deliveredAt, start, end);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Lifts a seizure (解封). Lifting the active one promotes the head of the waiting queue (SEI-04):
    /// its waiting entry is closed and an active entry is appended; that entry is returned. With <paramref name="liftedOn"/>
    /// (the lifting day in the office's time zone) the promoted seizure's term runs from that day: a waiting seizure
    /// takes effect only when the earlier one is lifted, so its term of N months or days counts from then, not from its
    /// own filing (SPC seizure provisions art. 26; which start national practice uses is [recalled — verify], see
    /// register-rules SEI-04).
    /// </summary>
    public SeizureEntry? LiftSeizure(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, DateOnly? liftedOn = null)
    {
        CheckInstant(at);
        var snapshot = Current;
        var seizure = snapshot.ActiveSeizure?.Id == entryId
            ? snapshot.ActiveSeizure
            : snapshot.WaitingSeizures.FirstOrDefault(s => s.Id == entryId);
        if (seizure is null)
        {
            throw new DomainValidationException("seizure", $"no current seizure {entryId} on unit {Unit.Code}");
        }

        CloseEntry(seizure, caseNumber, at);
        if (seizure.State != SeizureState.Active || snapshot.WaitingSeizures.Count == 0)
        {
            return null;
        }

        var next = snapshot.WaitingSeizures[0];
        CloseEntry(next, caseNumber, at);
        var (start, end) = liftedOn is { } day ? SeizureTerm.From(next.Start, next.End, day) : (next.Start, next.End);
        var promoted = new SeizureEntry(Guid.CreateVersion7(at), caseNumber, at, next.SeizureId, SeizureState.Active, next.Authority, next.RulingNumber, next.DeliveredAt, start, end);
        Append(promoted);
        return promoted;
    }

    /// <summary>Adds a pre-notice (预告登记).</summary>
    public PreNoticeEntry AddPreNotice(CaseNumber caseNumber, DateTimeOffset at, string noticeKind, Party holder, CertificateNumber? proofNumber = null)
    {
        CheckInstant(at);
        var entry = new PreNoticeEntry(Guid.CreateVersion7(at), caseNumber, at, noticeKind, holder, proofNumber);
        Append(entry);
        return entry;
    }

    /// <summary>Cancels a current pre-notice.</summary>
    public void CancelPreNotice(CaseNumber caseNumber, DateTimeOffset at, Guid entryId) =>
        CloseCurrent<PreNoticeEntry>(caseNumber, at, entryId, "preNotice");

    /// <summary>Adds an objection (异议登记); it lapses 15 calendar days after booking.</summary>
    public ObjectionEntry AddObjection(CaseNumber caseNumber, DateTimeOffset at, Party applicant, string reason)
    {
        CheckInstant(at);
        var entry = new ObjectionEntry(Guid.CreateVersion7(at), caseNumber, at, applicant, reason);
        Append(entry);
        return entry;
    }

    /// <summary>Cancels a current objection (including a lapsed one).</summary>
    public void CancelObjection(CaseNumber caseNumber, DateTimeOffset at, Guid entryId) =>
        CloseCurrent<ObjectionEntry>(caseNumber, at, entryId, "objection");

    /// <summary>Adds a residence right (居住权). Refused without a current ownership.</summary>
    public ResidenceRightEntry AddResidenceRight(CaseNumber caseNumber, DateTimeOffset at, Party holder, DateOnly? termEnd = null, string? conditions = null, CertificateNumber? proofNumber = null)
    {
        CheckInstant(at);
        if (Current.Ownership is null)
        {
            throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to burden with a residence right");
        }

        var entry = new ResidenceRightEntry(Guid.CreateVersion7(at), caseNumber, at, holder, termEnd, conditions, proofNumber);
        Append(entry);
        return entry;
    }

    /// <summary>Adds an easement (地役权) burdening this unit.</summary>
    public EasementEntry AddEasement(CaseNumber caseNumber, DateTimeOffset at, Party holder, string purpose, UnitCode? benefitingUnit = null, CertificateNumber? proofNumber = null)
    {
        CheckInstant(at);
        if (benefitingUnit is not null && benefitingUnit == Unit.Code)
        {
            throw new DomainValidationException("benefitingUnit", "a unit cannot hold an easement over itself");
        }

        var entry = new EasementEntry(Guid.CreateVersion7(at), caseNumber, at, holder, purpose, benefitingUnit, proofNumber);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Records on this unit (需役地) the easement it benefits from over <paramref name="servientUnit"/> (供役地): IR 60 writes
    /// a first easement registration into both registers. The entry burdens nothing here.
    /// </summary>
    public EasementEntry RecordEasementBenefit(CaseNumber caseNumber, DateTimeOffset at, Party holder, string purpose, UnitCode servientUnit, CertificateNumber? proofNumber = null)
    {
        ArgumentNullException.ThrowIfNull(servientUnit);
        CheckInstant(at);
        if (servientUnit == Unit.Code)
        {
            throw new DomainValidationException("servientUnit", "a unit cannot hold an easement over itself");
        }

        var entry = new EasementEntry(Guid.CreateVersion7(at), caseNumber, at, holder, purpose, null, proofNumber, servientUnit);
        Append(entry);
        return entry;
    }

    /// <summary>Mortgages in priority order: acceptance time (or the rank agreed later, Civil Code 409), then booking time (MTG-03).</summary>
    internal static IEnumerable<MortgageEntry> InPriorityOrder(IEnumerable<MortgageEntry> mortgages) =>
        mortgages.OrderBy(m => m.RankKey).ThenBy(m => m.RecordedAt).ThenBy(m => m.CaseNumber.Value, StringComparer.Ordinal).ThenBy(m => m.Id);

    /// <summary>Waiting seizures in queue order: delivery time, then booking time (SEI-03).</summary>
    internal static IEnumerable<SeizureEntry> InQueueOrder(IEnumerable<SeizureEntry> seizures) =>
        seizures.OrderBy(s => s.DeliveredAt).ThenBy(s => s.RecordedAt);

    private void CloseCurrent<T>(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, string field)
        where T : RegisterEntry
    {
        CheckInstant(at);
        var entry = _entries.OfType<T>().FirstOrDefault(e => e.Id == entryId)
            ?? throw new DomainValidationException(field, $"no {field} entry {entryId} on unit {Unit.Code}");
        CloseEntry(entry, caseNumber, at);
    }

    private void CheckInstant(DateTimeOffset at)
    {
        if (LastChangedAt is { } last && at < last)
        {
            throw new DomainValidationException("at", $"booking instant {at:O} is before the last change of unit {Unit.Code} at {last:O}; history is append-only");
        }
    }

    private void CloseEntry(RegisterEntry entry, CaseNumber caseNumber, DateTimeOffset at)
    {
        entry.Close(caseNumber, at);
        if (!_appended.Contains(entry))
        {
            _closed.Add(entry);
        }

        _undo.Add((entry, false));
    }

    private void Append(RegisterEntry entry)
    {
        _entries.Add(entry);
        _appended.Add(entry);
        _undo.Add((entry, true));
    }
}
