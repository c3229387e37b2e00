using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Residence right change (居住权变更登记): term or conditions; the holder can never change (Civil Code 369).</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="HolderIdNumber">The residence-right holder.</param>
/// <param name="TermEnd">New term end; null keeps it (use <paramref name="ForLife"/> to remove the end).</param>
/// <param name="Conditions">New conditions; null keeps them.</param>
/// <param name="ForLife">The right now lasts for the holder's life.</param>
/// <param name="ProofNumber">Reissued proof number; null keeps it.</param>
public sealed record ChangeResidenceRight(
    string Unit,
    string? HolderIdNumber = null,
    DateOnly? TermEnd = null,
    string? Conditions = null,
    bool ForLife = false,
    string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var right = EffectScope.ByParty(register.Current.ResidenceRights, r => r.Holder, null, HolderIdNumber, "residence right");
        if (TermEnd is null && Conditions is null && !ForLife && ProofNumber is null)
        {
            throw EffectScope.Refuse("nothing to change: give termEnd, forLife, conditions or proofNumber");
        }

        register.ChangeResidenceRight(scope.CaseNumber, scope.At, right.Id, ForLife ? null : TermEnd ?? right.TermEnd, Conditions ?? right.Conditions,
            EffectScope.Certificate(ProofNumber, "proofNumber") ?? right.ProofNumber);
    }
}
