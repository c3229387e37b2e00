using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// First registration (首次登记): records the ownership or use right with its holders and co-ownership type (Sole, Joint,
/// ByShares with shares summing to 1). Refused when the unit already has a current ownership.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="RightType">Right type (权利类型), e.g. 国有建设用地使用权/房屋所有权.</param>
/// <param name="CoOwnership">Sole, Joint or ByShares.</param>
/// <param name="Holders">Holders; shares only for ByShares.</param>
/// <param name="CertificateNumber">Right certificate number (不动产权证书号) issued by the case, if known at booking.</param>
/// <param name="TermStart">Start of the land-use term.</param>
/// <param name="TermEnd">End of the land-use term.</param>
/// <param name="Origin">How the right was obtained from the state (取得方式), e.g. 审批 or 招标/拍卖/挂牌 for a sea area (IR 58).</param>
public sealed record CreateOwnership(
    string Unit,
    string RightType,
    CoOwnership CoOwnership,
    IReadOnlyList<HolderSpec> Holders,
    string? CertificateNumber = null,
    DateOnly? TermStart = null,
    DateOnly? TermEnd = null,
    string? Origin = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        if (register.Current.Ownership is { } existing)
        {
            throw EffectScope.Refuse($"the unit already has a current ownership ({existing.Describe()}, case {existing.CaseNumber}); use TransferOwnership or ChangeOwnership");
        }

        register.RecordOwnership(scope.CaseNumber, scope.At, RightType, CoOwnership, scope.Holders(Holders),
            EffectScope.Certificate(CertificateNumber, "certificateNumber"), TermStart, TermEnd, Origin);
    }
}
