using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Easement cancellation (地役权注销): term expired, same holder of both parcels, contract terminated (IR 63).</summary>
/// <param name="Unit">The burdened unit.</param>
/// <param name="HolderIdNumber">The easement holder.</param>
/// <param name="EntryId">Entry of the easement.</param>
public sealed record CancelEasement(string Unit, string? HolderIdNumber = null, Guid? EntryId = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var target = EffectScope.ByParty(register.Current.Easements, e => e.Holder, EntryId, HolderIdNumber, "easement");
        register.CancelEasement(scope.CaseNumber, scope.At, target.Id);
    }
}
