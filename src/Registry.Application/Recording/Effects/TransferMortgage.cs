using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage transfer (抵押权转移登记): the mortgage moves with the secured debt to a new mortgagee and keeps its priority
/// (IR 27(8), 69). The mortgage is named by entryId, priority or current mortgagee.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="NewMortgagee">The assignee.</param>
/// <param name="Priority">Priority of the mortgage.</param>
/// <param name="MortgageeIdNumber">Current mortgagee.</param>
/// <param name="EntryId">Entry of the mortgage.</param>
/// <param name="ProofNumber">Proof number issued to the new mortgagee.</param>
public sealed record TransferMortgage(
    string Unit,
    PartySpec NewMortgagee,
    int? Priority = null,
    string? MortgageeIdNumber = null,
    Guid? EntryId = null,
    string? ProofNumber = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var m = EffectScope.Mortgage(register, EntryId, Priority, MortgageeIdNumber);
        var assignee = scope.Party(NewMortgagee, "newMortgagee");
        if (EffectScope.SameId(m.Mortgagee.IdNumber, assignee.IdNumber))
        {
            throw EffectScope.Refuse($"{assignee.Name} already holds this mortgage; a transfer needs a new mortgagee");
        }

        // The mortgagors and a transfer-restriction agreement stay with the mortgage (ChangeMortgage keeps them).
        register.ChangeMortgage(scope.CaseNumber, scope.At, m.Id, m.MortgageKind, assignee, m.Amount, m.DebtStart, m.DebtEnd,
            EffectScope.Certificate(ProofNumber, "proofNumber"));
    }
}
