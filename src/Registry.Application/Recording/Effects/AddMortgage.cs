using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage first registration (抵押权首次登记), general or maximum-amount (最高额), including a construction-in-progress
/// mortgage (在建建筑物抵押). Ranks after the mortgages accepted earlier (MTG-03). Refused on a unit without ownership, while
/// seized (Civil Code 399(5)), and without consent while a pre-notice for someone else is in force (PRE-01).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Kind">General or MaximumAmount.</param>
/// <param name="Mortgagee">Mortgagee (抵押权人).</param>
/// <param name="Amount">Secured amount or ceiling in yuan.</param>
/// <param name="DebtStart">Start of the debt term (债务履行期限).</param>
/// <param name="DebtEnd">End of the debt term.</param>
/// <param name="ProofNumber">Registration proof number (不动产登记证明号), if known at booking.</param>
/// <param name="AcceptedAt">Acceptance instant deciding priority; null takes the case's acceptance.</param>
/// <param name="PreNoticeHolderConsent">The pre-notice holder consented in writing.</param>
/// <param name="Mortgagors">Mortgagors (抵押人); null or empty takes the unit's current holders (after a transfer in the same case: the new owners).</param>
/// <param name="TransferRestricted">The mortgage contract restricts transfer of the property (约定不得转让, Civil Code 406).</param>
/// <param name="GuaranteeScope">The guarantee scope (担保范围) as its parts (see <see cref="EffectScope.Scope"/>); null: the statutory scope (Civil Code 389).</param>
/// <param name="DebtorName">The debtor (债务人) where it is not the mortgagor (Civil Code 394); null when a mortgagor owes the debt.</param>
/// <param name="DebtorIdNumber">The debtor's ID number or credit code.</param>
/// <param name="InConstruction">A mortgage of a building under construction (在建建筑物抵押, IR 75).</param>
public sealed record AddMortgage(
    string Unit,
    MortgageKind Kind,
    PartySpec Mortgagee,
    decimal Amount,
    DateOnly DebtStart,
    DateOnly DebtEnd,
    string? ProofNumber = null,
    DateTimeOffset? AcceptedAt = null,
    bool PreNoticeHolderConsent = false,
    IReadOnlyList<PartySpec>? Mortgagors = null,
    bool TransferRestricted = false,
    string? GuaranteeScope = null,
    string? DebtorName = null,
    string? DebtorIdNumber = null,
    bool InConstruction = false) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        EffectScope.RequireOwnership(register);
        EffectScope.RequireNotSeized(register, "a mortgage");
        var mortgagee = scope.Party(Mortgagee, "mortgagee");
        EffectScope.RequirePreNoticeAllows(register, [mortgagee, .. register.Current.Ownership!.Holders.Select(h => h.Party)], PreNoticeHolderConsent, "a mortgage");
        register.AddMortgage(scope.CaseNumber, scope.At, Kind, mortgagee, Amount, DebtStart, DebtEnd, AcceptedAt ?? scope.AcceptedAt,
            EffectScope.Certificate(ProofNumber, "proofNumber"), [.. (Mortgagors ?? []).Select(m => scope.Party(m, "mortgagors"))], TransferRestricted,
            new MortgageDetails(EffectScope.Scope(GuaranteeScope, "guaranteeScope") ?? Registry.Domain.Register.GuaranteeScope.Statutory, scope.Debtor(DebtorName, DebtorIdNumber), InConstruction));
    }
}
