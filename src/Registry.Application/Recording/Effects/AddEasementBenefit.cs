using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// The benefiting unit's side of an easement's first registration (需役地登记簿记载, IR 60): the same case that burdens
/// <see cref="ServientUnit"/> records the easement on the benefiting unit's register, so a later transfer of that unit sees it
/// (IR 62, REG-DOMINANT-CARRIES-EASEMENT). Refused when the benefiting unit has no current right in this register (IR 60
/// para 2 then asks the office to notify the registry that holds it, which this system does not do).
/// </summary>
/// <param name="Unit">The benefiting unit (需役地).</param>
/// <param name="ServientUnit">The burdened unit (供役地).</param>
/// <param name="Holder">The easement holder.</param>
/// <param name="Purpose">What the easement allows, e.g. 通行.</param>
/// <param name="ProofNumber">Registration proof number.</param>
public sealed record AddEasementBenefit(string Unit, string ServientUnit, PartySpec Holder, string Purpose, string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        if (register.Current.Ownership is null)
        {
            throw EffectScope.Refuse($"the benefiting unit {Unit} has no current right in this register; an easement is recorded on both registers (IR 60)");
        }

        register.RecordEasementBenefit(scope.CaseNumber, scope.At, scope.Party(Holder, "holder"), Purpose,
            UnitCode.Parse(ServientUnit, "servientUnit"), EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
