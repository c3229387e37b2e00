using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Seizure (查封登记), entrusted by a court: active when none is active, otherwise waiting (轮候查封) in delivery-time order
/// (SEI-03). Recorded on the spot; not refused on the merits (IR 19), only when the same ruling is already in force.
/// </summary>
/// <remarks>
/// Pre-seizure (预查封) is recorded as a seizure: the register book has no separate pre-seizure state yet.
/// </remarks>
/// <param name="Unit">Unit code.</param>
/// <param name="Authority">Seizing authority (查封机关).</param>
/// <param name="RulingNumber">Ruling number (查封文号).</param>
/// <param name="DeliveredAt">Delivery time of the assistance notice; null takes the case's acceptance.</param>
/// <param name="Start">Start of the seizure term.</param>
/// <param name="End">End of the seizure term.</param>
public sealed record AddSeizure(
    string Unit,
    string Authority,
    string RulingNumber,
    DateTimeOffset? DeliveredAt = null,
    DateOnly? Start = null,
    DateOnly? End = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = register.Current;
        if (current.ActiveSeizure is { } a && a.RulingNumber == RulingNumber?.Trim()
            || current.WaitingSeizures.Any(w => w.RulingNumber == RulingNumber?.Trim()))
        {
            throw EffectScope.Refuse($"ruling {RulingNumber} is already recorded as a seizure on this unit");
        }

        register.AddSeizure(scope.CaseNumber, scope.At, Authority, RulingNumber!, DeliveredAt ?? scope.AcceptedAt, Start, End);
    }
}
