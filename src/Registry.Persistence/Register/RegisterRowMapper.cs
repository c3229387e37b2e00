using Registry.Domain.Codes;
using Registry.Domain.Parties;
using Registry.Domain.Register;
using Registry.Persistence.Rows;

namespace Registry.Persistence.Register;

/// <summary>Maps the register aggregate to rows and back. The domain knows nothing of this.</summary>
internal static class RegisterRowMapper
{
    public static UnitRow ToRow(ImmovableUnit unit, long version) => new()
    {
        Code = unit.Code.Value,
        ParcelCode = unit.Code.ParcelCode,
        Kind = unit.Kind.ToString(),
        Location = unit.Location,
        Use = unit.Use,
        Area = unit.Area,
        Version = version,
    };

    public static RegisterEntryRow ToRow(RegisterEntry entry, string unitCode)
    {
        var row = new RegisterEntryRow
        {
            Id = entry.Id,
            UnitCode = unitCode,
            Kind = entry.Kind.ToString(),
            RecordedAt = entry.RecordedAt,
            ClosedAt = entry.ClosedAt,
            CaseNumber = entry.CaseNumber.Value,
            ClosedByCaseNumber = entry.ClosedByCaseNumber?.Value,
        };
        switch (entry)
        {
            case OwnershipEntry o:
                row.RightType = o.RightType;
                row.CoOwnership = o.CoOwnership.ToString();
                row.Origin = o.Origin;
                row.CertificateNumber = o.CertificateNumber?.ToString();
                row.TermStart = o.TermStart;
                row.TermEnd = o.TermEnd;
                break;
            case MortgageEntry m:
                SetParty(row, m.Mortgagee);
                row.MortgageKind = m.MortgageKind.ToString();
                row.Amount = m.Amount;
                row.TermStart = m.DebtStart;
                row.TermEnd = m.DebtEnd;
                row.AcceptedAt = m.AcceptedAt;
                row.CertificateNumber = m.ProofNumber?.ToString();
                row.TransferRestricted = m.TransferRestricted;
                row.GuaranteeScope = m.Details.Scope == GuaranteeScope.Statutory ? null : m.Details.Scope.ToString();
                row.DebtorName = m.Details.Debtor?.Name;
                row.DebtorIdKind = m.Details.Debtor?.IdKind;
                row.DebtorIdNumber = m.Details.Debtor?.IdNumber;
                row.InConstruction = m.Details.InConstruction ? true : null;
                row.RankedAt = m.RankedAt;
                break;
            case SeizureEntry s:
                row.SeizureId = s.SeizureId;
                row.SeizureState = s.State.ToString();
                row.Authority = s.Authority;
                row.RulingNumber = s.RulingNumber;
                row.DeliveredAt = s.DeliveredAt;
                row.TermStart = s.Start;
                row.TermEnd = s.End;
                break;
            case PreNoticeEntry p:
                SetParty(row, p.Holder);
                row.RightType = p.NoticeKind;
                row.CertificateNumber = p.ProofNumber?.ToString();
                break;
            case ObjectionEntry j:
                SetParty(row, j.Applicant);
                row.Detail = j.Reason;
                row.TermEnd = j.LapsesOn;
                break;
            case ResidenceRightEntry r:
                SetParty(row, r.Holder);
                row.TermEnd = r.TermEnd;
                row.Detail = r.Conditions;
                row.CertificateNumber = r.ProofNumber?.ToString();
                break;
            case EasementEntry e:
                SetParty(row, e.Holder);
                row.RightType = e.Purpose;
                row.RelatedUnitCode = (e.ServientUnit ?? e.BenefitingUnit)?.Value;
                row.IsBenefit = e.IsBenefit ? true : null;
                row.CertificateNumber = e.ProofNumber?.ToString();
                break;
            default:
                throw new InvalidOperationException($"Unmapped register entry type {entry.GetType().Name}.");
        }

        return row;
    }

    public static IEnumerable<RightHolderRow> HolderRows(OwnershipEntry entry, string unitCode) =>
        entry.Holders.Select((h, i) => new RightHolderRow
        {
            EntryId = entry.Id,
            Ordinal = i,
            UnitCode = unitCode,
            Name = h.Party.Name,
            IdKind = h.Party.IdKind,
            IdNumber = h.Party.IdNumber,
            ShareNumerator = h.Share?.Numerator,
            ShareDenominator = h.Share?.Denominator,
        });

    /// <summary>The rows an entry keeps beside itself: an ownership's holders, a mortgage's mortgagors (抵押人).</summary>
    public static IEnumerable<RightHolderRow> HolderRows(RegisterEntry entry, string unitCode) => entry switch
    {
        OwnershipEntry o => HolderRows(o, unitCode),
        MortgageEntry m => m.Mortgagors.Select((p, i) => new RightHolderRow
        {
            EntryId = m.Id,
            Ordinal = i,
            UnitCode = unitCode,
            Name = p.Name,
            IdKind = p.IdKind,
            IdNumber = p.IdNumber,
        }),
        _ => [],
    };

    public static UnitRegister ToDomain(UnitRow unit, IEnumerable<RegisterEntryRow> entries, ILookup<Guid, RightHolderRow> holders)
    {
        var immovable = new ImmovableUnit(UnitCode.Parse(unit.Code), Enum.Parse<UnitKind>(unit.Kind), unit.Location, unit.Use, unit.Area);
        return UnitRegister.Restore(immovable, entries.Select(e => ToDomain(e, holders[e.Id])), unit.Version);
    }

    private static RegisterEntry ToDomain(RegisterEntryRow row, IEnumerable<RightHolderRow> holders)
    {
        var caseNumber = CaseNumber.Parse(row.CaseNumber);
        RegisterEntry entry = Enum.Parse<RegisterEntryKind>(row.Kind) switch
        {
            RegisterEntryKind.Ownership => new OwnershipEntry(
                row.Id, caseNumber, row.RecordedAt, row.RightType!, Enum.Parse<CoOwnership>(row.CoOwnership!),
                [.. holders.OrderBy(h => h.Ordinal).Select(h => new RightHolder(
                    ToParty(h.Name, h.IdKind, h.IdNumber),
                    h.ShareNumerator is { } n && h.ShareDenominator is { } d ? Share.Of(n, d) : null))],
                Certificate(row.CertificateNumber), row.TermStart, row.TermEnd, row.Origin),
            RegisterEntryKind.Mortgage => new MortgageEntry(
                row.Id, caseNumber, row.RecordedAt, Enum.Parse<MortgageKind>(row.MortgageKind!), Party(row), row.Amount!.Value,
                row.TermStart!.Value, row.TermEnd!.Value, row.AcceptedAt!.Value, Certificate(row.CertificateNumber),
                [.. holders.OrderBy(h => h.Ordinal).Select(h => ToParty(h.Name, h.IdKind, h.IdNumber))], row.TransferRestricted ?? false,
                new MortgageDetails(
                    row.GuaranteeScope is { } scope ? Enum.Parse<GuaranteeScope>(scope) : GuaranteeScope.Statutory,
                    row.DebtorName is { } debtor ? ToParty(debtor, row.DebtorIdKind!, row.DebtorIdNumber!) : null,
                    row.InConstruction ?? false),
                row.RankedAt),
            RegisterEntryKind.Seizure => new SeizureEntry(
                row.Id, caseNumber, row.RecordedAt, row.SeizureId!.Value, Enum.Parse<SeizureState>(row.SeizureState!), row.Authority!,
                row.RulingNumber!, row.DeliveredAt!.Value, row.TermStart, row.TermEnd),
            RegisterEntryKind.PreNotice => new PreNoticeEntry(row.Id, caseNumber, row.RecordedAt, row.RightType!, Party(row), Certificate(row.CertificateNumber)),
            RegisterEntryKind.Objection => new ObjectionEntry(row.Id, caseNumber, row.RecordedAt, Party(row), row.Detail!),
            RegisterEntryKind.ResidenceRight => new ResidenceRightEntry(row.Id, caseNumber, row.RecordedAt, Party(row), row.TermEnd, row.Detail, Certificate(row.CertificateNumber)),
            RegisterEntryKind.Easement => new EasementEntry(
                row.Id, caseNumber, row.RecordedAt, Party(row), row.RightType!,
                row.RelatedUnitCode is null || row.IsBenefit == true ? null : UnitCode.Parse(row.RelatedUnitCode), Certificate(row.CertificateNumber),
                row.RelatedUnitCode is not null && row.IsBenefit == true ? UnitCode.Parse(row.RelatedUnitCode) : null),
            _ => throw new InvalidOperationException($"Unknown register entry kind '{row.Kind}'."),
        };
        if (row.ClosedAt is { } closedAt)
        {
            entry.Close(CaseNumber.Parse(row.ClosedByCaseNumber), closedAt);
        }

        return entry;
    }

    private static void SetParty(RegisterEntryRow row, Party party)
    {
        row.PartyName = party.Name;
        row.PartyIdKind = party.IdKind;
        row.PartyIdNumber = party.IdNumber;
    }

    private static Party Party(RegisterEntryRow row) => ToParty(row.PartyName!, row.PartyIdKind!, row.PartyIdNumber!);

    // Stored ID numbers were validated when written; the birth-date check needs no "today" on the way back.
    private static Party ToParty(string name, string idKind, string idNumber) => Registry.Domain.Parties.Party.Restore(name, idKind, idNumber);

    private static CertificateNumber? Certificate(string? text) => text is null ? null : CertificateNumber.Parse(text);
}
