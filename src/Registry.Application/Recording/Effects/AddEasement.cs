using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Easement (地役权首次登记) burdening this unit (供役地) for the holder of the benefiting unit (需役地).
/// </summary>
/// <remarks>
/// IR 64 records the easement in both registers; the register book has an entry only for the burdened side (with the
/// benefiting unit's code), so the benefiting register is not written.
/// </remarks>
/// <param name="Unit">The burdened unit.</param>
/// <param name="Holder">The easement holder.</param>
/// <param name="Purpose">What the easement allows, e.g. 通行.</param>
/// <param name="BenefitingUnit">The benefiting unit's code.</param>
/// <param name="ProofNumber">Registration proof number.</param>
public sealed record AddEasement(string Unit, PartySpec Holder, string Purpose, string? BenefitingUnit = null, string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        EffectScope.RequireOwnership(register);
        EffectScope.RequireNotSeized(register, "an easement");
        var holder = scope.Party(Holder, "holder");
        EffectScope.RequirePreNoticeAllows(register, [holder], false, "an easement", ownershipOnly: true);
        register.AddEasement(scope.CaseNumber, scope.At, holder, Purpose,
            BenefitingUnit is null ? null : UnitCode.Parse(BenefitingUnit, "benefitingUnit"), EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
