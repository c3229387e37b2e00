using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage pre-notice to mortgage (预抵押转抵押权首次登记): the bank's pre-notice becomes its mortgage; the mortgage's
/// priority counts from the pre-notice's booking, so it keeps its rank (IR 78). Needs the ownership registered first.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="MortgageeIdNumber">Holder of the mortgage pre-notice (the bank).</param>
/// <param name="Amount">Secured amount; must match the pre-notice's contract (PRE-02, checked by review rules).</param>
/// <param name="DebtStart">Start of the debt term.</param>
/// <param name="DebtEnd">End of the debt term.</param>
/// <param name="Kind">General or MaximumAmount.</param>
/// <param name="ProofNumber">Registration proof number.</param>
/// <param name="TransferRestricted">The mortgage contract restricts transfer of the property (Civil Code 406).</param>
public sealed record ConvertPreNoticeToMortgage(
    string Unit,
    string MortgageeIdNumber,
    decimal Amount,
    DateOnly DebtStart,
    DateOnly DebtEnd,
    MortgageKind Kind = MortgageKind.General,
    string? ProofNumber = null,
    bool TransferRestricted = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var notice = register.Current.PreNotices
            .FirstOrDefault(p => PreNoticeKinds.IsMortgage(PreNoticeKinds.Parse(p.NoticeKind)) && EffectScope.SameId(p.Holder.IdNumber, MortgageeIdNumber))
            ?? throw EffectScope.Refuse($"no mortgage pre-notice for {MortgageeIdNumber} is in force");
        EffectScope.RequireOwnership(register);
        EffectScope.RequireNotSeized(register, "a mortgage");
        register.ConvertPreNoticeToMortgage(scope.CaseNumber, scope.At, notice.Id, Kind, Amount, DebtStart, DebtEnd,
            EffectScope.Certificate(ProofNumber, "proofNumber"), TransferRestricted);
    }
}
