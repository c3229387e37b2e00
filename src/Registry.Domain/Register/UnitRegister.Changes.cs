using Registry.Domain.Codes;
using Registry.Domain.Parties;

namespace Registry.Domain.Register;

/// <summary>
/// Changes that replace an entry (close the old, append the new) and the in-memory checkpoint used to apply several
/// changes all or nothing. Kept apart from the original operations so each file stays readable.
/// </summary>
public sealed partial class UnitRegister
{
    // Every append (true) and close (false) since the register was loaded or saved, in order, so a failed batch can be undone.
    private readonly List<(RegisterEntry Entry, bool Appended)> _undo = [];

    /// <summary>
    /// Marks the current in-memory state; <see cref="RollbackTo"/> undoes every append and close made after it.
    /// Used to apply several register effects all or nothing before anything is stored.
    /// </summary>
    public RegisterCheckpoint Checkpoint() => new(this, _undo.Count);

    /// <summary>Undoes, newest first, every unsaved append and close made after <paramref name="checkpoint"/>.</summary>
    /// <exception cref="ArgumentException">The checkpoint belongs to another register or was taken after a save.</exception>
    public void RollbackTo(RegisterCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (!ReferenceEquals(checkpoint.Register, this) || checkpoint.Position > _undo.Count)
        {
            throw new ArgumentException($"checkpoint does not belong to the unsaved changes of unit {Unit.Code}", nameof(checkpoint));
        }

        for (var i = _undo.Count - 1; i >= checkpoint.Position; i--)
        {
            var (entry, appended) = _undo[i];
            if (appended)
            {
                _entries.Remove(entry);
                _appended.Remove(entry);
            }
            else
            {
                entry.Reopen();
                _closed.Remove(entry);
            }

            _undo.RemoveAt(i);
        }
    }

    /// <summary>
    /// Changes the current ownership without a change of holder (变更登记): names or ID of the same holders, co-ownership
    /// type, right type, term or certificate number. Closes the current entry and appends the changed one. Not a disposal,
    /// so it is allowed while the unit is seized. Also used for corrections (更正), where the caller checks the bar of IR 80.
    /// </summary>
    public OwnershipEntry ChangeOwnership(
        CaseNumber caseNumber,
        DateTimeOffset at,
        CoOwnership coOwnership,
        IReadOnlyList<RightHolder> holders,
        CertificateNumber? certificateNumber,
        string? rightType = null,
        DateOnly? termStart = null,
        DateOnly? termEnd = null)
    {
        CheckInstant(at);
        var existing = Current.Ownership
            ?? throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to change");
        var entry = new OwnershipEntry(
            Guid.CreateVersion7(at), caseNumber, at, rightType ?? existing.RightType, coOwnership, holders, certificateNumber,
            termStart ?? existing.TermStart, termEnd ?? existing.TermEnd, existing.Origin);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Cancels the current ownership (注销登记). Refused while a seizure is active or while a mortgage, pre-notice, residence
    /// right or easement is still in force: those are cancelled first (in the same case when combined).
    /// </summary>
    public void CancelOwnership(CaseNumber caseNumber, DateTimeOffset at)
    {
        CheckInstant(at);
        var snapshot = Current;
        var existing = snapshot.Ownership
            ?? throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to cancel");
        if (snapshot.ActiveSeizure is { } seizure)
        {
            throw new DomainValidationException("seizure", $"unit {Unit.Code} is seized by {seizure.Authority} ({seizure.RulingNumber}); its ownership cannot be cancelled");
        }

        var burdens = snapshot.Mortgages.Count + snapshot.PreNotices.Count + snapshot.ResidenceRights.Count + snapshot.Easements.Count;
        if (burdens > 0)
        {
            throw new DomainValidationException("ownership", $"unit {Unit.Code} still carries {burdens} mortgage, pre-notice, residence-right or easement entr{(burdens == 1 ? "y" : "ies")}; cancel them first");
        }

        CloseEntry(existing, caseNumber, at);
    }

    /// <summary>
    /// Replaces a current mortgage with a changed one (变更/转移/确定): kind, mortgagee, amount, debt term or proof number,
    /// and — when given — its mortgagors or transfer-restriction agreement (null keeps them). The acceptance time is kept, so
    /// the mortgage keeps its priority (顺位).
    /// </summary>
    public MortgageEntry ChangeMortgage(
        CaseNumber caseNumber,
        DateTimeOffset at,
        Guid entryId,
        MortgageKind kind,
        Party mortgagee,
        decimal amount,
        DateOnly debtStart,
        DateOnly debtEnd,
        CertificateNumber? proofNumber,
        IReadOnlyList<Party>? mortgagors = null,
        bool? transferRestricted = null,
        MortgageDetails? details = null)
    {
        CheckInstant(at);
        var existing = Current.Mortgages.FirstOrDefault(m => m.Id == entryId)
            ?? throw new DomainValidationException("mortgage", $"no current mortgage {entryId} on unit {Unit.Code}");
        var entry = new MortgageEntry(Guid.CreateVersion7(at), caseNumber, at, kind, mortgagee, amount, debtStart, debtEnd, existing.AcceptedAt, proofNumber,
            mortgagors is { Count: > 0 } ? mortgagors : existing.Mortgagors, transferRestricted ?? existing.TransferRestricted, details ?? existing.Details, existing.RankedAt);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Changes a current mortgage's rank by agreement (抵押权顺位变更, Civil Code 409 para 1; IR 68): the entry is closed and
    /// replaced by one ranked at <paramref name="newPriority"/> (1 = first), everything else kept. The mortgages it passes
    /// move down one place each; whether they consented is the review's question (MTG-04), not the register's.
    /// </summary>
    public MortgageEntry ChangeMortgageRank(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, int newPriority)
    {
        CheckInstant(at);
        var list = Current.Mortgages;
        var index = list.ToList().FindIndex(m => m.Id == entryId);
        if (index < 0)
        {
            throw new DomainValidationException("mortgage", $"no current mortgage {entryId} on unit {Unit.Code}");
        }

        if (newPriority < 1 || newPriority > list.Count)
        {
            throw new DomainValidationException("newPriority", $"rank {newPriority} does not exist on unit {Unit.Code}: it has {list.Count} mortgage(s)");
        }

        if (newPriority == index + 1)
        {
            throw new DomainValidationException("newPriority", $"the mortgage already ranks {newPriority}");
        }

        // The new rank key lies strictly between the keys of the two mortgages it goes between (the others without it).
        var others = list.Where(m => m.Id != entryId).ToList();
        var after = newPriority - 2 >= 0 ? others[newPriority - 2].RankKey : (DateTimeOffset?)null;
        var before = newPriority - 1 < others.Count ? others[newPriority - 1].RankKey : (DateTimeOffset?)null;
        var key = (after, before) switch
        {
            ({ } a, { } b) when (b - a).Ticks > 1 => a.AddTicks((b - a).Ticks / 2),
            (null, { } b) => b.AddTicks(-1),
            ({ } a, null) => a.AddTicks(1),
            _ => throw new DomainValidationException("newPriority", $"the mortgages ranked {newPriority - 1} and {newPriority} were accepted at the same instant; no rank lies between them"),
        };
        var existing = list[index];
        var entry = new MortgageEntry(Guid.CreateVersion7(at), caseNumber, at, existing.MortgageKind, existing.Mortgagee, existing.Amount, existing.DebtStart,
            existing.DebtEnd, existing.AcceptedAt, existing.ProofNumber, existing.Mortgagors, existing.TransferRestricted, existing.Details, key);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Renews (续封) a current seizure to a new end date: the entry is replaced by one with the same seizure identity, state,
    /// authority and delivery time.
    /// </summary>
    public SeizureEntry RenewSeizure(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, DateOnly newEnd)
    {
        CheckInstant(at);
        var snapshot = Current;
        var existing = (snapshot.ActiveSeizure?.Id == entryId ? snapshot.ActiveSeizure : snapshot.WaitingSeizures.FirstOrDefault(s => s.Id == entryId))
            ?? throw new DomainValidationException("seizure", $"no current seizure {entryId} on unit {Unit.Code}");
        if (existing.End is { } end && newEnd <= end)
        {
            throw new DomainValidationException("end", $"renewal end {newEnd:yyyy-MM-dd} must be after the current end {end:yyyy-MM-dd}");
        }

        var entry = new SeizureEntry(Guid.CreateVersion7(at), caseNumber, at, existing.SeizureId, existing.State, existing.Authority, existing.RulingNumber, existing.DeliveredAt, existing.Start, newEnd);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Converts a current pre-notice into the ownership it secured (预告转本登记): closes the pre-notice and transfers the
    /// ownership to the holders (or records it when the unit has none yet). The pre-notice holder must be among the holders
    /// (IR 85: the main registration must match the pre-notice). Refused while a seizure is active.
    /// </summary>
    public OwnershipEntry ConvertPreNoticeToOwnership(
        CaseNumber caseNumber,
        DateTimeOffset at,
        Guid preNoticeId,
        CoOwnership coOwnership,
        IReadOnlyList<RightHolder> holders,
        CertificateNumber? certificateNumber,
        string rightType)
    {
        ArgumentNullException.ThrowIfNull(holders);
        CheckInstant(at);
        var snapshot = Current;
        var notice = snapshot.PreNotices.FirstOrDefault(p => p.Id == preNoticeId)
            ?? throw new DomainValidationException("preNotice", $"no current pre-notice {preNoticeId} on unit {Unit.Code}");
        if (!holders.Any(h => SameParty(h.Party, notice.Holder)))
        {
            throw new DomainValidationException("holders", $"pre-notice holder {notice.Holder.Name} ({notice.Holder.IdNumber}) is not among the new holders; the main registration must match the pre-notice");
        }

        if (snapshot.ActiveSeizure is { } seizure)
        {
            throw new DomainValidationException("seizure", $"unit {Unit.Code} is seized by {seizure.Authority} ({seizure.RulingNumber}); the pre-notice cannot be converted");
        }

        OwnershipEntry? existing = snapshot.Ownership;
        var entry = new OwnershipEntry(
            Guid.CreateVersion7(at), caseNumber, at, existing?.RightType ?? rightType, coOwnership, holders, certificateNumber, existing?.TermStart, existing?.TermEnd);
        CloseEntry(notice, caseNumber, at);
        if (existing is not null)
        {
            CloseEntry(existing, caseNumber, at);
        }

        Append(entry);
        return entry;
    }

    /// <summary>
    /// Converts a current mortgage pre-notice into the mortgage it secured (预抵押转抵押): closes the pre-notice and adds a
    /// mortgage to its holder whose priority counts from the pre-notice's booking, so it keeps its rank.
    /// </summary>
    public MortgageEntry ConvertPreNoticeToMortgage(
        CaseNumber caseNumber,
        DateTimeOffset at,
        Guid preNoticeId,
        MortgageKind kind,
        decimal amount,
        DateOnly debtStart,
        DateOnly debtEnd,
        CertificateNumber? proofNumber,
        bool transferRestricted = false)
    {
        CheckInstant(at);
        var snapshot = Current;
        var notice = snapshot.PreNotices.FirstOrDefault(p => p.Id == preNoticeId)
            ?? throw new DomainValidationException("preNotice", $"no current pre-notice {preNoticeId} on unit {Unit.Code}");
        if (snapshot.ActiveSeizure is { } seizure)
        {
            throw new DomainValidationException("seizure", $"unit {Unit.Code} is seized by {seizure.Authority} ({seizure.RulingNumber}); no mortgage can be added");
        }

        if (snapshot.Ownership is null)
        {
            throw new DomainValidationException("ownership", $"unit {Unit.Code} has no current ownership to mortgage; convert the purchase pre-notice first");
        }

        var entry = new MortgageEntry(Guid.CreateVersion7(at), caseNumber, at, kind, notice.Holder, amount, debtStart, debtEnd, notice.RecordedAt, proofNumber,
            [.. snapshot.Ownership.Holders.Select(h => h.Party)], transferRestricted);
        CloseEntry(notice, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>
    /// Changes a current residence right (居住权变更): term or conditions. The holder never changes: the right cannot be
    /// transferred or inherited (Civil Code 369).
    /// </summary>
    public ResidenceRightEntry ChangeResidenceRight(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, DateOnly? termEnd, string? conditions, CertificateNumber? proofNumber)
    {
        CheckInstant(at);
        var existing = Current.ResidenceRights.FirstOrDefault(r => r.Id == entryId)
            ?? throw new DomainValidationException("residenceRight", $"no current residence right {entryId} on unit {Unit.Code}");
        var entry = new ResidenceRightEntry(Guid.CreateVersion7(at), caseNumber, at, existing.Holder, termEnd, conditions, proofNumber);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>Changes a current easement (地役权变更): holder's name, purpose or benefiting unit.</summary>
    public EasementEntry ChangeEasement(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, Party holder, string purpose, UnitCode? benefitingUnit, CertificateNumber? proofNumber)
    {
        CheckInstant(at);
        var existing = Current.Easements.FirstOrDefault(e => e.Id == entryId)
            ?? throw new DomainValidationException("easement", $"no current easement {entryId} on unit {Unit.Code}");
        if (benefitingUnit is not null && benefitingUnit == Unit.Code)
        {
            throw new DomainValidationException("benefitingUnit", "a unit cannot hold an easement over itself");
        }

        var entry = new EasementEntry(Guid.CreateVersion7(at), caseNumber, at, holder, purpose, benefitingUnit, proofNumber);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>Changes or moves a current pre-notice (预告登记变更/转移): a new name of the holder, or a new holder (e.g. by inheritance).</summary>
    public PreNoticeEntry ChangePreNotice(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, Party holder, CertificateNumber? proofNumber)
    {
        CheckInstant(at);
        var existing = Current.PreNotices.FirstOrDefault(p => p.Id == entryId)
            ?? throw new DomainValidationException("preNotice", $"no current pre-notice {entryId} on unit {Unit.Code}");
        var entry = new PreNoticeEntry(Guid.CreateVersion7(at), caseNumber, at, existing.NoticeKind, holder, proofNumber);
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>Cancels a current residence right (居住权注销).</summary>
    public void CancelResidenceRight(CaseNumber caseNumber, DateTimeOffset at, Guid entryId) =>
        CloseCurrent<ResidenceRightEntry>(caseNumber, at, entryId, "residenceRight");

    /// <summary>Cancels a current easement (地役权注销).</summary>
    public void CancelEasement(CaseNumber caseNumber, DateTimeOffset at, Guid entryId) =>
        CloseCurrent<EasementEntry>(caseNumber, at, entryId, "easement");

    /// <summary>
    /// Replaces the certificate or proof of a current entry (补证/换证): the entry is closed and an identical one with the
    /// new number is appended, so the old number stays in history as voided by this case. The series must fit the entry:
    /// a right certificate (不动产权) for ownership, a proof (不动产证明) for the others.
    /// </summary>
    public RegisterEntry ReissueCertificate(CaseNumber caseNumber, DateTimeOffset at, Guid entryId, CertificateNumber newNumber)
    {
        ArgumentNullException.ThrowIfNull(newNumber);
        CheckInstant(at);
        var existing = _entries.FirstOrDefault(e => e.Id == entryId && e.IsCurrent)
            ?? throw new DomainValidationException("entry", $"no current entry {entryId} on unit {Unit.Code}");
        var expected = existing is OwnershipEntry ? CertificateSeries.Right : CertificateSeries.Proof;
        if (newNumber.Series != expected)
        {
            throw new DomainValidationException("certificateNumber", $"{newNumber} is a {newNumber.Series} number, but a {existing.Kind} entry needs a {expected} number");
        }

        var id = Guid.CreateVersion7(at);
        RegisterEntry entry = existing switch
        {
            OwnershipEntry o when o.CertificateNumber == newNumber => throw SameNumber(newNumber),
            OwnershipEntry o => new OwnershipEntry(id, caseNumber, at, o.RightType, o.CoOwnership, o.Holders, newNumber, o.TermStart, o.TermEnd, o.Origin),
            MortgageEntry m when m.ProofNumber == newNumber => throw SameNumber(newNumber),
            MortgageEntry m => new MortgageEntry(id, caseNumber, at, m.MortgageKind, m.Mortgagee, m.Amount, m.DebtStart, m.DebtEnd, m.AcceptedAt, newNumber, m.Mortgagors, m.TransferRestricted, m.Details, m.RankedAt),
            PreNoticeEntry p when p.ProofNumber == newNumber => throw SameNumber(newNumber),
            PreNoticeEntry p => new PreNoticeEntry(id, caseNumber, at, p.NoticeKind, p.Holder, newNumber),
            ResidenceRightEntry r when r.ProofNumber == newNumber => throw SameNumber(newNumber),
            ResidenceRightEntry r => new ResidenceRightEntry(id, caseNumber, at, r.Holder, r.TermEnd, r.Conditions, newNumber),
            EasementEntry e when e.ProofNumber == newNumber => throw SameNumber(newNumber),
            EasementEntry e => new EasementEntry(id, caseNumber, at, e.Holder, e.Purpose, e.BenefitingUnit, newNumber, e.ServientUnit),
            _ => throw new DomainValidationException("entry", $"a {existing.Kind} entry has no certificate or proof to reissue"),
        };
        CloseEntry(existing, caseNumber, at);
        Append(entry);
        return entry;
    }

    /// <summary>True when two parties have the same identification.</summary>
    internal static bool SameParty(Party a, Party b) =>
        string.Equals(a.IdKind, b.IdKind, StringComparison.Ordinal) && string.Equals(a.IdNumber, b.IdNumber, StringComparison.OrdinalIgnoreCase);

    private static DomainValidationException SameNumber(CertificateNumber number) =>
        new("certificateNumber", $"the new number {number} is the one already recorded; a reissue needs a new number");
}
