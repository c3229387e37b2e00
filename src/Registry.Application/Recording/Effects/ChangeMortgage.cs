using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage change (抵押权变更登记) — amount, debt term, mortgagee's name, kind (a maximum-amount mortgage whose debt is fixed
/// becomes General: 最高额抵押权确定), guarantee scope, debtor — keeping the priority; or a change of rank by agreement
/// (顺位变更, Civil Code 409, IR 68) to <c>newPriority</c>, booked as a new entry after the closed one. The mortgage is named by
/// entryId, priority (顺位) or mortgagee.
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Priority">Priority of the mortgage to change (1 = first).</param>
/// <param name="MortgageeIdNumber">Mortgagee of the mortgage to change.</param>
/// <param name="EntryId">Entry of the mortgage to change.</param>
/// <param name="Amount">New amount; null keeps it.</param>
/// <param name="DebtStart">New debt start; null keeps it.</param>
/// <param name="DebtEnd">New debt end; null keeps it.</param>
/// <param name="Kind">New kind; null keeps it.</param>
/// <param name="MortgageeName">New name of the same mortgagee (same credit code); null keeps it.</param>
/// <param name="ProofNumber">Reissued proof number; null keeps it.</param>
/// <param name="Mortgagors">New mortgagors (抵押人), e.g. the buyer when a mortgage is carried over (带押过户); null keeps them.</param>
/// <param name="TransferRestricted">New transfer-restriction agreement (Civil Code 406); null keeps it.</param>
/// <param name="GuaranteeScope">New guarantee scope (担保范围, see <see cref="EffectScope.Scope"/>); null keeps it.</param>
/// <param name="DebtorName">New debtor (债务人) where it is not the mortgagor; null keeps it.</param>
/// <param name="DebtorIdNumber">The new debtor's ID number.</param>
/// <param name="NewPriority">The rank the mortgage takes by agreement (1 = first); null keeps it.</param>
public sealed record ChangeMortgage(
    string Unit,
    int? Priority = null,
    string? MortgageeIdNumber = null,
    Guid? EntryId = null,
    decimal? Amount = null,
    DateOnly? DebtStart = null,
    DateOnly? DebtEnd = null,
    MortgageKind? Kind = null,
    string? MortgageeName = null,
    string? ProofNumber = null,
    IReadOnlyList<PartySpec>? Mortgagors = null,
    bool? TransferRestricted = null,
    string? GuaranteeScope = null,
    string? DebtorName = null,
    string? DebtorIdNumber = null,
    int? NewPriority = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var m = EffectScope.Mortgage(register, EntryId, Priority, MortgageeIdNumber);
        var changesContent = Amount is not null || DebtStart is not null || DebtEnd is not null || Kind is not null || MortgageeName is not null
            || ProofNumber is not null || Mortgagors is { Count: > 0 } || TransferRestricted is not null || !string.IsNullOrWhiteSpace(GuaranteeScope)
            || !string.IsNullOrWhiteSpace(DebtorName) || !string.IsNullOrWhiteSpace(DebtorIdNumber);
        var moves = NewPriority is { } np && np != register.PriorityOf(m.Id);
        if (!changesContent && !moves)
        {
            throw EffectScope.Refuse("nothing to change: give amount, debtStart, debtEnd, kind, mortgageeName, mortgagors, transferRestricted, guaranteeScope, debtor, newPriority or proofNumber");
        }

        if (changesContent)
        {
            m = Change(scope, register, m);
        }

        if (moves)
        {
            // 顺位变更: a journaled replacement at the agreed rank; the closed entry stays in the history.
            register.ChangeMortgageRank(scope.CaseNumber, scope.At, m.Id, NewPriority!.Value);
        }
    }

    private MortgageEntry Change(EffectScope scope, UnitRegister register, MortgageEntry m)
    {
        if (Kind == MortgageKind.MaximumAmount && m.MortgageKind == MortgageKind.General)
        {
            throw EffectScope.Refuse("a general mortgage cannot become a maximum-amount mortgage by a change; register a new one");
        }

        var mortgagee = MortgageeName is null ? m.Mortgagee : scope.Party(new PartySpec(MortgageeName, m.Mortgagee.IdNumber), "mortgageeName");
        var details = m.Details with
        {
            Scope = EffectScope.Scope(GuaranteeScope, "guaranteeScope") ?? m.Details.Scope,
            Debtor = scope.Debtor(DebtorName, DebtorIdNumber) ?? m.Details.Debtor,
        };
        return register.ChangeMortgage(scope.CaseNumber, scope.At, m.Id, Kind ?? m.MortgageKind, mortgagee, Amount ?? m.Amount,
            DebtStart ?? m.DebtStart, DebtEnd ?? m.DebtEnd, EffectScope.Certificate(ProofNumber, "proofNumber") ?? m.ProofNumber,
            Mortgagors is { Count: > 0 } ? [.. Mortgagors.Select(p => scope.Party(p, "mortgagors"))] : null, TransferRestricted, details);
    }
}
