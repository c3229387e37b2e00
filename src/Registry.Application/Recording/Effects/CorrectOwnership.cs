using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Correction (更正登记, on application or ex officio) of the current ownership entry: closes the wrong entry and appends
/// the corrected one under the correcting case, so an as-of read before the correction still shows the old value. May
/// correct who the holders are. Barred when a disposal, pre-notice or seizure was booked after the wrong entry (COR-01).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Holders">Corrected holders; null keeps them.</param>
/// <param name="CoOwnership">Corrected co-ownership type; null keeps it.</param>
/// <param name="RightType">Corrected right type; null keeps it.</param>
/// <param name="TermStart">Corrected term start; null keeps it.</param>
/// <param name="TermEnd">Corrected term end; null keeps it.</param>
/// <param name="CertificateNumber">Certificate reissued because its content changed (COR-03); null keeps it.</param>
public sealed record CorrectOwnership(
    string Unit,
    IReadOnlyList<HolderSpec>? Holders = null,
    CoOwnership? CoOwnership = null,
    string? RightType = null,
    DateOnly? TermStart = null,
    DateOnly? TermEnd = null,
    string? CertificateNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var wrong = EffectScope.RequireOwnership(register);
        CorrectionBar.Check(register, wrong, RegisterEntryKind.Ownership, RegisterEntryKind.Mortgage, RegisterEntryKind.PreNotice,
            RegisterEntryKind.Seizure, RegisterEntryKind.ResidenceRight, RegisterEntryKind.Easement);
        if (Holders is null && CoOwnership is null && RightType is null && TermStart is null && TermEnd is null)
        {
            throw EffectScope.Refuse("nothing to correct: give holders, coOwnership, rightType or term");
        }

        var holders = Holders is null ? wrong.Holders : scope.Holders(Holders);
        register.ChangeOwnership(scope.CaseNumber, scope.At, CoOwnership ?? wrong.CoOwnership, holders,
            EffectScope.Certificate(CertificateNumber, "certificateNumber") ?? wrong.CertificateNumber, RightType, TermStart, TermEnd);
    }
}
