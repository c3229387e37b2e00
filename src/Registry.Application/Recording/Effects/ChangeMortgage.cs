using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Mortgage change (抵押权变更登记) — amount, debt term, mortgagee's name, kind (a maximum-amount mortgage whose debt is fixed
/// becomes General: 最高额抵押权确定) — keeping the priority. The mortgage is named by entryId, priority (顺位) or mortgagee.
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
    bool? TransferRestricted = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var m = EffectScope.Mortgage(register, EntryId, Priority, MortgageeIdNumber);
        if (Amount is null && DebtStart is null && DebtEnd is null && Kind is null && MortgageeName is null && ProofNumber is null
            && Mortgagors is not { Count: > 0 } && TransferRestricted is null)
        {
            throw EffectScope.Refuse("nothing to change: give amount, debtStart, debtEnd, kind, mortgageeName, mortgagors, transferRestricted or proofNumber");
        }

        if (Kind == MortgageKind.MaximumAmount && m.MortgageKind == MortgageKind.General)
        {
            throw EffectScope.Refuse("a general mortgage cannot become a maximum-amount mortgage by a change; register a new one");
        }

        var mortgagee = MortgageeName is null ? m.Mortgagee : scope.Party(new PartySpec(MortgageeName, m.Mortgagee.IdNumber), "mortgageeName");
        register.ChangeMortgage(scope.CaseNumber, scope.At, m.Id, Kind ?? m.MortgageKind, mortgagee, Amount ?? m.Amount,
            DebtStart ?? m.DebtStart, DebtEnd ?? m.DebtEnd, EffectScope.Certificate(ProofNumber, "proofNumber") ?? m.ProofNumber,
            Mortgagors is { Count: > 0 } ? [.. Mortgagors.Select(p => scope.Party(p, "mortgagors"))] : null, TransferRestricted);
    }
}
