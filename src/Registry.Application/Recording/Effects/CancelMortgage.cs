using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage cancellation (抵押权注销登记): the named current mortgage ends; lower mortgages move up. With <c>All</c>, every
/// current mortgage ends (a judicial auction extinguishes them). Allowed while seized (not a disposal).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Priority">Priority of the mortgage.</param>
/// <param name="MortgageeIdNumber">Mortgagee.</param>
/// <param name="EntryId">Entry of the mortgage.</param>
/// <param name="All">Cancel every current mortgage.</param>
public sealed record CancelMortgage(
    string Unit,
    int? Priority = null,
    string? MortgageeIdNumber = null,
    Guid? EntryId = null,
    bool All = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        if (All)
        {
            foreach (var m in register.Current.Mortgages)
            {
                register.CancelMortgage(scope.CaseNumber, scope.At, m.Id);
            }

            return;
        }

        var target = EffectScope.Mortgage(register, EntryId, Priority, MortgageeIdNumber);
        register.CancelMortgage(scope.CaseNumber, scope.At, target.Id);
    }
}
