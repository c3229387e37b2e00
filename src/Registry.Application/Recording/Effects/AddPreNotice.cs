using Registry.Application.Review.Facts;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Pre-notice (预告登记) of a purchase, transfer, mortgage or off-plan purchase mortgage. Refused while seized; a purchase or
/// transfer pre-notice is refused while another one for someone else is in force (no double sale); an off-plan purchase
/// mortgage pre-notice needs a purchase pre-notice in force (PRE-05).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Kind">Purchase, PurchaseMortgage, Transfer or Mortgage.</param>
/// <param name="Holder">The pre-notice holder (buyer or bank).</param>
/// <param name="ProofNumber">Registration proof number, if known at booking.</param>
/// <param name="PreNoticeHolderConsent">The holder of an earlier pre-notice consented in writing.</param>
public sealed record AddPreNotice(
    string Unit,
    PreNoticeKind Kind,
    PartySpec Holder,
    string? ProofNumber = null,
    bool PreNoticeHolderConsent = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var holder = scope.Party(Holder, "holder");
        EffectScope.RequireNotSeized(register, "a pre-notice");
        var current = register.Current.PreNotices;
        if (Kind == PreNoticeKind.PurchaseMortgage && !current.Any(p => PreNoticeKinds.Parse(p.NoticeKind) == PreNoticeKind.Purchase))
        {
            throw EffectScope.Refuse("an off-plan purchase mortgage pre-notice needs a purchase pre-notice in force (PRE-05)");
        }

        if (!PreNoticeKinds.IsMortgage(Kind))
        {
            EffectScope.RequirePreNoticeAllows(register, [holder], PreNoticeHolderConsent, "another purchase or transfer pre-notice", ownershipOnly: true);
        }

        if (Kind == PreNoticeKind.Transfer && register.Current.Ownership is null)
        {
            throw EffectScope.Refuse("a transfer pre-notice needs a registered ownership; use Purchase for an off-plan flat");
        }

        register.AddPreNotice(scope.CaseNumber, scope.At, PreNoticeKinds.ToText(Kind), holder, EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
