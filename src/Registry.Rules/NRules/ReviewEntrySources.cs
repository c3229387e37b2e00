using Registry.Application.Review.Facts;
using Registry.Rules.Compilation;

namespace Registry.Rules.NRules;

/// <summary>
/// The parts of <see cref="ReviewFacts"/> inserted as separate facts: the unit, the right's holders, every register
/// entry (mortgages, seizures active and waiting, pre-notices, objections, residence rights, easements, administrative
/// restrictions), the other open cases on the unit, the case's parties and the shared-data records.
/// </summary>
internal static class ReviewEntrySources
{
    /// <summary>Every source, in insertion order.</summary>
    public static IReadOnlyList<EntrySource> All { get; } =
    [
        EntrySource.Of<ReviewFacts, UnitSnapshot>("Unit", f => [f.Unit], u => u.Code),
        EntrySource.Of<ReviewFacts, HolderFacts>("Unit.Holders", f => f.Unit.Holders, h => $"{h.Name} {h.IdNumber}"),
        EntrySource.Of<ReviewFacts, HolderFacts>("Unit.LandHolders", f => f.Unit.LandHolders, h => $"{h.Name} {h.IdNumber}"),
        EntrySource.Of<ReviewFacts, MortgageFacts>("Unit.Mortgages", f => f.Unit.Mortgages,
            m => $"抵押 顺位{m.Priority} {m.Mortgagee} {F(m.Amount)} {F(m.BookedOn)}"),
        EntrySource.Of<ReviewFacts, SeizureFacts>("Unit.Seizures", f => f.Unit.Seizures,
            z => $"{z.Kind} {z.RulingNo} {z.Authority} {F(z.Start)}–{F(z.End)}" + (z.Kind == SeizureKind.Waiting ? $" #{z.QueuePosition}" : string.Empty)),
        EntrySource.Of<ReviewFacts, PreNoticeFacts>("Unit.PreNotices", f => f.Unit.PreNotices,
            n => $"{n.Kind} {n.HolderName} {F(n.BookedOn)}"),
        EntrySource.Of<ReviewFacts, ObjectionFacts>("Unit.Objections", f => f.Unit.Objections,
            o => $"{o.ApplicantName} {F(o.BookedOn)}" + (o.Matter is null ? string.Empty : $" {o.Matter}")),
        EntrySource.Of<ReviewFacts, ResidenceRightFacts>("Unit.ResidenceRights", f => f.Unit.ResidenceRights, r => $"{r.HolderName} –{F(r.End)}"),
        EntrySource.Of<ReviewFacts, EasementFacts>("Unit.Easements", f => f.Unit.Easements, e => e.CounterpartUnitCode),
        EntrySource.Of<ReviewFacts, AdminRestrictionFacts>("Unit.AdminRestrictions", f => f.Unit.AdminRestrictions, a => a.Authority),
        EntrySource.Of<ReviewFacts, OpenCaseFacts>("Unit.OpenCases", f => f.Unit.OpenCases,
            o => $"{o.CaseNo} {o.BusinessType} {F(o.AcceptedAt)}"),
        EntrySource.Of<ReviewFacts, PartyFacts>("Case.Parties", f => f.Case.Parties, p => $"{p.Role} {p.Name}"),
        EntrySource.Of<ReviewFacts, IdentityCheckFacts>("Shared.IdentityChecks", f => f.Shared.IdentityChecks, c => c.IdNumber),
        EntrySource.Of<ReviewFacts, MarriageRecordFacts>("Shared.MarriageRecords", f => f.Shared.MarriageRecords, r => $"{r.IdNumber} {r.Status}"),
        EntrySource.Of<ReviewFacts, NetSignedContractFacts>("Shared.Contract", f => [f.Shared.Contract], c => c.ContractNo),
        EntrySource.Of<ReviewFacts, TaxPaymentFacts>("Shared.Tax", f => [f.Shared.Tax], t => F(t.Amount)),
        EntrySource.Of<ReviewFacts, CourtDocumentFacts>("Shared.CourtDocument", f => [f.Shared.CourtDocument], d => $"{d.DocumentNo} {d.Court}"),
    ];

    private static string F(object? value) => FactFormatter.Format(value) ?? "—";
}
