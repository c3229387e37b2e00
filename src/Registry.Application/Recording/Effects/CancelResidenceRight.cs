using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Residence right cancellation (居住权注销): term expired, holder died, agreement or judgment (Civil Code 370).</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="HolderIdNumber">The residence-right holder.</param>
/// <param name="EntryId">Entry of the residence right.</param>
public sealed record CancelResidenceRight(string Unit, string? HolderIdNumber = null, Guid? EntryId = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var target = EffectScope.ByParty(register.Current.ResidenceRights, r => r.Holder, EntryId, HolderIdNumber, "residence right");
        register.CancelResidenceRight(scope.CaseNumber, scope.At, target.Id);
    }
}
