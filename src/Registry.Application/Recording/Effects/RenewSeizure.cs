using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Renewal (续封登记) of a current seizure to a later end date, before it expires.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="RulingNumber">Ruling number of the seizure renewed.</param>
/// <param name="End">The new end date.</param>
public sealed record RenewSeizure(string Unit, string RulingNumber, DateOnly End) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = register.Current;
        var target = new[] { current.ActiveSeizure }.OfType<SeizureEntry>().Concat(current.WaitingSeizures)
            .FirstOrDefault(s => s.RulingNumber == RulingNumber?.Trim())
            ?? throw EffectScope.Refuse($"no current seizure with ruling {RulingNumber}");
        if (target.End is { } end && end < scope.Today)
        {
            throw EffectScope.Refuse($"the seizure ended on {end:yyyy-MM-dd}; a lapsed seizure cannot be renewed (IR 92)");
        }

        register.RenewSeizure(scope.CaseNumber, scope.At, target.Id, End);
    }
}
