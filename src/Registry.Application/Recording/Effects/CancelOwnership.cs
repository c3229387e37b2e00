using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Cancellation (注销登记) of the ownership or use right: destroyed, expropriated, taken back, abandoned. Refused while
/// seized or while burdens (mortgage, pre-notice, residence right, easement) are in force; cancel those first in the same case.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Reason">Why the right ends, e.g. 灭失, 征收, 放弃.</param>
public sealed record CancelOwnership(string Unit, string Reason) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        EffectScope.RequireOwnership(register);
        if (string.IsNullOrWhiteSpace(Reason))
        {
            throw EffectScope.Refuse("reason (注销原因) is required");
        }

        register.CancelOwnership(scope.CaseNumber, scope.At);
    }
}
