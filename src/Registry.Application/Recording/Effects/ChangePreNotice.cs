using Registry.Application.Review.Facts;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Pre-notice change or transfer (预告登记变更/转移登记): a new name of the holder, or a new holder (e.g. the buyer's heir)
/// [practice]. The kind and the booking time are those of a new entry; a converted mortgage then ranks from this change.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="NewHolder">The holder after the change.</param>
/// <param name="HolderIdNumber">The current holder.</param>
/// <param name="Kind">The pre-notice's kind, when the holder has several.</param>
/// <param name="ProofNumber">New proof number.</param>
public sealed record ChangePreNotice(
    string Unit,
    PartySpec NewHolder,
    string? HolderIdNumber = null,
    PreNoticeKind? Kind = null,
    string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var notice = EffectScope.PreNotice(register, null, HolderIdNumber, Kind);
        var holder = scope.Party(NewHolder, "newHolder");
        register.ChangePreNotice(scope.CaseNumber, scope.At, notice.Id, holder, EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
