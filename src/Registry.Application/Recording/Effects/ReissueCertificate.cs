using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Certificate reissue or replacement (补证/换证): the entry is closed and appended again with the new number, so the old
/// number stays in history as voided by this case.
/// </summary>
/// <remarks>
/// IR 22 says the reissued certificate is marked 补发; the register book has no field for that mark, so the reason is
/// only carried by the case (its business type). Whether the 15-working-day wait after a loss statement still applies
/// depends on the IR text in force (2024: no wait); that is the workflow's concern, not the effect's.
/// </remarks>
/// <param name="Unit">Unit code.</param>
/// <param name="Target">Which entry's certificate.</param>
/// <param name="NewNumber">The new certificate or proof number.</param>
/// <param name="Reason">Lost, Damaged or Upgrade.</param>
/// <param name="PartyIdNumber">For mortgage, pre-notice, residence right, easement: the holder or mortgagee.</param>
/// <param name="Priority">For a mortgage: its priority.</param>
public sealed record ReissueCertificate(
    string Unit,
    CertificateTarget Target,
    string NewNumber,
    CertificateReissueReason Reason = CertificateReissueReason.Lost,
    string? PartyIdNumber = null,
    int? Priority = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = register.Current;
        RegisterEntry entry = Target switch
        {
            CertificateTarget.Ownership => EffectScope.RequireOwnership(register),
            CertificateTarget.Mortgage => EffectScope.Mortgage(register, null, Priority, PartyIdNumber),
            CertificateTarget.PreNotice => EffectScope.PreNotice(register, null, PartyIdNumber, null),
            CertificateTarget.ResidenceRight => EffectScope.ByParty(current.ResidenceRights, r => r.Holder, null, PartyIdNumber, "residence right"),
            CertificateTarget.Easement => EffectScope.ByParty(current.Easements, e => e.Holder, null, PartyIdNumber, "easement"),
            _ => throw EffectScope.Refuse($"unknown certificate target {Target}"),
        };
        var old = entry switch
        {
            OwnershipEntry o => o.CertificateNumber,
            MortgageEntry m => m.ProofNumber,
            PreNoticeEntry p => p.ProofNumber,
            ResidenceRightEntry r => r.ProofNumber,
            EasementEntry e => e.ProofNumber,
            _ => null,
        };
        if (old is null && Reason != CertificateReissueReason.Upgrade)
        {
            throw EffectScope.Refuse($"the {Target} entry has no certificate number recorded, so there is nothing to reissue or replace");
        }

        register.ReissueCertificate(scope.CaseNumber, scope.At, entry.Id, EffectScope.Certificate(NewNumber, "newNumber")
            ?? throw EffectScope.Refuse("newNumber is required"));
    }
}
