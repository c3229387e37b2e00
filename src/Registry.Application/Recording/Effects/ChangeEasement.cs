using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Easement change (地役权变更登记): holder's name (same ID), purpose or benefiting unit (IR 61).</summary>
/// <param name="Unit">The burdened unit.</param>
/// <param name="HolderIdNumber">The easement holder.</param>
/// <param name="HolderName">New name of the same holder; null keeps it.</param>
/// <param name="Purpose">New content; null keeps it.</param>
/// <param name="BenefitingUnit">New benefiting unit; null keeps it.</param>
/// <param name="ProofNumber">Reissued proof number; null keeps it.</param>
public sealed record ChangeEasement(
    string Unit,
    string? HolderIdNumber = null,
    string? HolderName = null,
    string? Purpose = null,
    string? BenefitingUnit = null,
    string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var easement = EffectScope.ByParty(register.Current.Easements, e => e.Holder, null, HolderIdNumber, "easement");
        if (HolderName is null && Purpose is null && BenefitingUnit is null && ProofNumber is null)
        {
            throw EffectScope.Refuse("nothing to change: give holderName, purpose, benefitingUnit or proofNumber");
        }

        var holder = HolderName is null ? easement.Holder : scope.Party(new PartySpec(HolderName, easement.Holder.IdNumber), "holderName");
        register.ChangeEasement(scope.CaseNumber, scope.At, easement.Id, holder, Purpose ?? easement.Purpose,
            BenefitingUnit is null ? easement.BenefitingUnit : UnitCode.Parse(BenefitingUnit, "benefitingUnit"),
            EffectScope.Certificate(ProofNumber, "proofNumber") ?? easement.ProofNumber);
    }
}
