using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Residence right (居住权首次登记) over someone else's dwelling (Civil Code 366): the holder may not be a recorded owner.
/// Refused while seized and, without consent, while a purchase or transfer pre-notice is in force.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Holder">The residence-right holder.</param>
/// <param name="TermEnd">End of the term; null for life.</param>
/// <param name="Conditions">Conditions, e.g. whether renting out is allowed.</param>
/// <param name="ProofNumber">Registration proof number.</param>
/// <param name="PreNoticeHolderConsent">The pre-notice holder consented in writing.</param>
public sealed record AddResidenceRight(
    string Unit,
    PartySpec Holder,
    DateOnly? TermEnd = null,
    string? Conditions = null,
    string? ProofNumber = null,
    bool PreNoticeHolderConsent = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var owner = EffectScope.RequireOwnership(register);
        var holder = scope.Party(Holder, "holder");
        if (EffectScope.IsHolder(owner, holder.IdNumber))
        {
            throw EffectScope.Refuse($"{holder.Name} owns the unit; a residence right is a right in someone else's dwelling (Civil Code 366)");
        }

        if (TermEnd is { } end && end <= scope.Today)
        {
            throw EffectScope.Refuse($"term end {end:yyyy-MM-dd} is not after the booking day");
        }

        EffectScope.RequireNotSeized(register, "a residence right");
        EffectScope.RequirePreNoticeAllows(register, [holder], PreNoticeHolderConsent, "a residence right", ownershipOnly: true);
        register.AddResidenceRight(scope.CaseNumber, scope.At, holder, TermEnd, Conditions, EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
