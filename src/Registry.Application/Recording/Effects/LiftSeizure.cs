using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Release (解封登记) of the seizure with the given ruling number; lifting the active one promotes the first waiting seizure
/// (SEI-04), whose term then runs from the lifting day. With <c>All</c> every seizure ends without promotion (the seizing court disposed of the whole property).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="RulingNumber">Ruling number of the seizure to lift.</param>
/// <param name="EntryId">Entry of the seizure to lift.</param>
/// <param name="All">Lift every seizure, waiting ones first, so none is promoted.</param>
public sealed record LiftSeizure(string Unit, string? RulingNumber = null, Guid? EntryId = null, bool All = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var current = register.Current;
        if (All)
        {
            foreach (var w in current.WaitingSeizures.Reverse())
            {
                register.LiftSeizure(scope.CaseNumber, scope.At, w.Id);
            }

            if (current.ActiveSeizure is { } active)
            {
                register.LiftSeizure(scope.CaseNumber, scope.At, active.Id);
            }

            return;
        }

        if (RulingNumber is null && EntryId is null)
        {
            throw EffectScope.Refuse("name the seizure by rulingNumber or entryId");
        }

        var all = new[] { current.ActiveSeizure }.OfType<SeizureEntry>().Concat(current.WaitingSeizures).ToList();
        var target = all.FirstOrDefault(s => (EntryId is null || s.Id == EntryId) && (RulingNumber is null || s.RulingNumber == RulingNumber.Trim()))
            ?? throw EffectScope.Refuse($"no current seizure with ruling {RulingNumber ?? EntryId.ToString()} (current: {(all.Count == 0 ? "none" : string.Join(", ", all.Select(s => s.RulingNumber)))})");
        register.LiftSeizure(scope.CaseNumber, scope.At, target.Id, scope.Today);
    }
}
