using Registry.Application.Review.Facts;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Pre-notice to main registration (预告转本登记, 期转现): the purchase or transfer pre-notice becomes the holder's ownership.
/// The pre-notice holder must be among the new holders (PRE-02); another purchase pre-notice for someone else blocks it.
/// When the unit has an ownership (the developer's after 首登), it is transferred; otherwise the ownership is recorded.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="CoOwnership">Co-ownership type of the new holders.</param>
/// <param name="Holders">The new holders, including the pre-notice holder.</param>
/// <param name="HolderIdNumber">Holder of the pre-notice to convert; null when the unit has one purchase/transfer pre-notice.</param>
/// <param name="CertificateNumber">New right certificate number.</param>
/// <param name="RightType">Right type when the unit has no ownership yet.</param>
public sealed record ConvertPreNoticeToOwnership(
    string Unit,
    CoOwnership CoOwnership,
    IReadOnlyList<HolderSpec> Holders,
    string? HolderIdNumber = null,
    string? CertificateNumber = null,
    string RightType = "国有建设用地使用权/房屋所有权") : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var candidates = register.Current.PreNotices
            .Where(p => !PreNoticeKinds.IsMortgage(PreNoticeKinds.Parse(p.NoticeKind))
                && (HolderIdNumber is null || EffectScope.SameId(p.Holder.IdNumber, HolderIdNumber)))
            .ToList();
        var notice = candidates.Count switch
        {
            1 => candidates[0],
            0 => throw EffectScope.Refuse($"no purchase or transfer pre-notice{(HolderIdNumber is null ? string.Empty : $" for {HolderIdNumber}")} is in force"),
            _ => throw EffectScope.Refuse($"{candidates.Count} purchase or transfer pre-notices are in force; name the holder"),
        };
        var holders = scope.Holders(Holders);
        var others = register.Current.PreNotices.Where(p => p != notice && PreNoticeKinds.Parse(p.NoticeKind) is PreNoticeKind.Purchase or PreNoticeKind.Transfer);
        if (others.FirstOrDefault(p => !holders.Any(h => EffectScope.SameId(h.Party.IdNumber, p.Holder.IdNumber))) is { } other)
        {
            throw EffectScope.Refuse($"another pre-notice ({other.NoticeKind}) for {other.Holder.Name} is in force (PRE-01)");
        }

        EffectScope.RequireNotSeized(register, "converting a pre-notice");
        register.ConvertPreNoticeToOwnership(scope.CaseNumber, scope.At, notice.Id, CoOwnership, holders,
            EffectScope.Certificate(CertificateNumber, "certificateNumber"), RightType);
    }
}
