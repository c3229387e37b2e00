using Registry.Domain.Register;

namespace Registry.Application.Recording.Effects;

/// <summary>
/// Correction (更正登记) of a current mortgage entry: amount, debt term, kind or mortgagee as they should have been booked;
/// the priority is kept. Barred when a transfer, pre-notice or seizure was booked after the wrong entry (COR-01).
/// </summary>
/// <param name="Unit">Unit code.</param>
/// <param name="Priority">Priority of the wrong mortgage.</param>
/// <param name="MortgageeIdNumber">Mortgagee of the wrong mortgage as booked.</param>
/// <param name="EntryId">The wrong entry.</param>
/// <param name="Amount">Corrected amount.</param>
/// <param name="DebtStart">Corrected debt start.</param>
/// <param name="DebtEnd">Corrected debt end.</param>
/// <param name="Kind">Corrected kind.</param>
/// <param name="Mortgagee">Corrected mortgagee.</param>
public sealed record CorrectMortgage(
    string Unit,
    int? Priority = null,
    string? MortgageeIdNumber = null,
    Guid? EntryId = null,
    decimal? Amount = null,
    DateOnly? DebtStart = null,
    DateOnly? DebtEnd = null,
    MortgageKind? Kind = null,
    PartySpec? Mortgagee = null) : RegisterEffect(Unit)
{
    internal override void Apply(EffectScope scope, UnitRegister register)
    {
        var wrong = EffectScope.Mortgage(register, EntryId, Priority, MortgageeIdNumber);
        CorrectionBar.Check(register, wrong, RegisterEntryKind.Ownership, RegisterEntryKind.PreNotice, RegisterEntryKind.Seizure);
        if (Amount is null && DebtStart is null && DebtEnd is null && Kind is null && Mortgagee is null)
        {
            throw EffectScope.Refuse("nothing to correct: give amount, debtStart, debtEnd, kind or mortgagee");
        }

        var mortgagee = Mortgagee is null ? wrong.Mortgagee : scope.Party(Mortgagee, "mortgagee");
        register.ChangeMortgage(scope.CaseNumber, scope.At, wrong.Id, Kind ?? wrong.MortgageKind, mortgagee, Amount ?? wrong.Amount,
            DebtStart ?? wrong.DebtStart, DebtEnd ?? wrong.DebtEnd, wrong.ProofNumber);
    }
}
