using Registry.Application.Review.Facts;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Pre-notice cancellation (预告登记注销): the holder waived it or the claim is extinguished (IR 89).</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="HolderIdNumber">Holder of the pre-notice.</param>
/// <param name="Kind">Kind of the pre-notice.</param>
/// <param name="EntryId">Entry of the pre-notice.</param>
public sealed record CancelPreNotice(string Unit, string? HolderIdNumber = null, PreNoticeKind? Kind = null, Guid? EntryId = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var notice = EffectScope.PreNotice(register, EntryId, HolderIdNumber, Kind);
        register.CancelPreNotice(scope.CaseNumber, scope.At, notice.Id);
    }
}
