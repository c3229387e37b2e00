using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Objection (异议登记): an interested party disputes an entry; lapses 15 calendar days after booking (OBJ-02).</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Applicant">The objecting party.</param>
/// <param name="Reason">What is disputed.</param>
public sealed record AddObjection(string Unit, PartySpec Applicant, string Reason) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var applicant = scope.Party(Applicant, "applicant");
        if (register.Current.Ownership is { } o && EffectScope.IsHolder(o, applicant.IdNumber))
        {
            throw EffectScope.Refuse($"{applicant.Name} is a recorded holder; a holder applies for correction, not objection");
        }

        register.AddObjection(scope.CaseNumber, scope.At, applicant, Reason);
    }
}
