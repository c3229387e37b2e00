using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>Objection cancellation (异议登记注销): withdrawn, lapsed or rejected by a court.</summary>
/// <param name="Unit">Unit code.</param>
/// <param name="ApplicantIdNumber">The objection's applicant.</param>
/// <param name="EntryId">Entry of the objection.</param>
public sealed record CancelObjection(string Unit, string? ApplicantIdNumber = null, Guid? EntryId = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var target = EffectScope.ByParty(register.Current.Objections, o => o.Applicant, EntryId, ApplicantIdNumber, "objection");
        register.CancelObjection(scope.CaseNumber, scope.At, target.Id);
    }
}
