using System.Globalization;
using Registry.Application.Review.Facts;
using Registry.Domain.Register;

namespace Registry.Application.Recording;

/// <summary>
/// A JSON-friendly summary of a unit's register at one instant — owners and shares, mortgages in priority order, the
/// active seizure and the waiting queue, pre-notices, objections, residence rights, easements and certificate numbers —
/// for scenario output and tests (serialize with <see cref="RegisterEffectJson.Options"/>).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Ownership">The ownership in force, if any.</param>
/// <param name="Mortgages">Mortgages, index 0 = priority 1.</param>
/// <param name="ActiveSeizure">The effective seizure.</param>
/// <param name="WaitingSeizures">Waiting seizures in queue order.</param>
/// <param name="PreNotices">Pre-notices in force.</param>
/// <param name="Objections">Objections in force.</param>
/// <param name="ResidenceRights">Residence rights in force.</param>
/// <param name="Easements">Easements in force.</param>
public sealed record RegisterStateSummary(
    string Unit,
    RegisterStateSummary.OwnershipState? Ownership,
    IReadOnlyList<RegisterStateSummary.MortgageState> Mortgages,
    RegisterStateSummary.SeizureState? ActiveSeizure,
    IReadOnlyList<RegisterStateSummary.SeizureState> WaitingSeizures,
    IReadOnlyList<RegisterStateSummary.PartyNoticeState> PreNotices,
    IReadOnlyList<RegisterStateSummary.PartyNoticeState> Objections,
    IReadOnlyList<RegisterStateSummary.PartyNoticeState> ResidenceRights,
    IReadOnlyList<RegisterStateSummary.PartyNoticeState> Easements)
{
    /// <summary>Summarises a snapshot (<c>register.Current</c> or <c>register.AsOf(instant)</c>).</summary>
    public static RegisterStateSummary From(RegisterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new RegisterStateSummary(
            snapshot.Unit.Code.Value,
            snapshot.Ownership is { } o
                ? new OwnershipState(o.RightType, o.CoOwnership.ToString(), [.. o.Holders.Select(h => new HolderSpec(h.Party.Name, h.Party.IdNumber, h.Share?.ToString()))], o.CertificateNumber?.ToString(), o.CaseNumber.Value)
                : null,
            [.. snapshot.Mortgages.Select((m, i) => new MortgageState(i + 1, m.MortgageKind.ToString(), m.Mortgagee.Name, m.Mortgagee.IdNumber, m.Amount, m.DebtStart, m.DebtEnd, m.ProofNumber?.ToString(), m.CaseNumber.Value)
            {
                Mortgagors = [.. m.Mortgagors.Select(p => p.Name)],
                TransferRestricted = m.TransferRestricted,
            })],
            snapshot.ActiveSeizure is { } a ? Seizure(a) : null,
            [.. snapshot.WaitingSeizures.Select(Seizure)],
            [.. snapshot.PreNotices.Select(p => new PartyNoticeState(PreNoticeKinds.Parse(p.NoticeKind).ToString(), p.Holder.Name, p.Holder.IdNumber, p.ProofNumber?.ToString(), p.CaseNumber.Value))],
            [.. snapshot.Objections.Select(j => new PartyNoticeState(j.Reason, j.Applicant.Name, j.Applicant.IdNumber, "lapses " + j.LapsesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), j.CaseNumber.Value))],
            [.. snapshot.ResidenceRights.Select(r => new PartyNoticeState(r.TermEnd is { } end ? "until " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "for life", r.Holder.Name, r.Holder.IdNumber, r.ProofNumber?.ToString(), r.CaseNumber.Value))],
            [.. snapshot.Easements.Select(e => new PartyNoticeState(e.Purpose, e.Holder.Name, e.Holder.IdNumber, e.ProofNumber?.ToString(), e.CaseNumber.Value))]);
    }

    private static SeizureState Seizure(SeizureEntry s) =>
        new(s.Authority, s.RulingNumber, s.DeliveredAt, s.Start, s.End, s.CaseNumber.Value);

    /// <summary>The ownership in force.</summary>
    /// <param name="RightType">Right type.</param>
    /// <param name="CoOwnership">Sole, Joint or ByShares.</param>
    /// <param name="Holders">Holders with shares.</param>
    /// <param name="CertificateNumber">Right certificate number.</param>
    /// <param name="Case">The case that booked it.</param>
    public sealed record OwnershipState(string RightType, string CoOwnership, IReadOnlyList<HolderSpec> Holders, string? CertificateNumber, string Case);

    /// <summary>A mortgage in force.</summary>
    /// <param name="Priority">顺位, 1 = first.</param>
    /// <param name="Kind">General or MaximumAmount.</param>
    /// <param name="Mortgagee">Mortgagee name.</param>
    /// <param name="MortgageeIdNumber">Mortgagee credit code.</param>
    /// <param name="Amount">Amount or ceiling in yuan.</param>
    /// <param name="DebtStart">Debt term start.</param>
    /// <param name="DebtEnd">Debt term end.</param>
    /// <param name="ProofNumber">Proof number.</param>
    /// <param name="Case">The case that booked it.</param>
    public sealed record MortgageState(int Priority, string Kind, string Mortgagee, string MortgageeIdNumber, decimal Amount, DateOnly DebtStart, DateOnly DebtEnd, string? ProofNumber, string Case)
    {
        /// <summary>Mortgagors (抵押人).</summary>
        public IReadOnlyList<string> Mortgagors { get; init; } = [];

        /// <summary>An agreement restricting transfer of the property is recorded (Civil Code 406).</summary>
        public bool TransferRestricted { get; init; }
    }

    /// <summary>A seizure in force.</summary>
    /// <param name="Authority">Seizing authority.</param>
    /// <param name="RulingNumber">Ruling number.</param>
    /// <param name="DeliveredAt">Delivery of the assistance notice.</param>
    /// <param name="Start">Term start.</param>
    /// <param name="End">Term end.</param>
    /// <param name="Case">The case that booked this entry.</param>
    public sealed record SeizureState(string Authority, string RulingNumber, DateTimeOffset DeliveredAt, DateOnly? Start, DateOnly? End, string Case);

    /// <summary>A pre-notice, objection, residence right or easement in force.</summary>
    /// <param name="What">Kind, reason, term or purpose.</param>
    /// <param name="Party">Holder or applicant.</param>
    /// <param name="IdNumber">Their ID number.</param>
    /// <param name="Detail">Proof number or lapse date.</param>
    /// <param name="Case">The case that booked it.</param>
    public sealed record PartyNoticeState(string What, string Party, string IdNumber, string? Detail, string Case);
}
