using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;

namespace Registry.Application.Review;

/// <summary>
/// The side each party of a combined case takes in one of its steps. A party that has no part in the step keeps its role
/// but is on no side, so the disposal checks of the step (GEN-03, PRE-01, COO-01) look only at who disposes in that step.
/// </summary>
internal static class StepParties
{
    /// <summary>The parties of step <paramref name="index"/> (0-based) of <paramref name="steps"/>.</summary>
    /// <param name="steps">The combined type's steps in booking order.</param>
    /// <param name="index">The step.</param>
    /// <param name="parties">The case's parties.</param>
    /// <param name="facts">The same parties as the review sees them (same order).</param>
    /// <param name="register">The unit's register as the earlier steps leave it.</param>
    public static IReadOnlyList<PartyFacts> For(IReadOnlyList<string> steps, int index, IReadOnlyList<CaseParty> parties, IReadOnlyList<PartyFacts> facts, UnitRegister register)
    {
        var step = steps[index];
        var earlier = steps.Take(index).ToList();
        var hasNewMortgagee = parties.Any(p => p.Role == CasePartyRole.NewMortgagee);
        var hasMortgagor = parties.Any(p => p.Role == CasePartyRole.Mortgagor);
        var result = new List<PartyFacts>(facts.Count);
        for (var i = 0; i < facts.Count && i < parties.Count; i++)
        {
            var role = parties[i].Role;
            var fact = facts[i];
            result.Add(Family(step) switch
            {
                StepFamily.Transfer => fact with { Side = role is CasePartyRole.Transferor or CasePartyRole.Developer or CasePartyRole.Deceased ? PartySide.Giving
                    : role is CasePartyRole.Transferee or CasePartyRole.Heir ? PartySide.Taking : PartySide.None },

                // The mortgagor gives the mortgage: the parties named as mortgagors, otherwise whoever holds the unit at this
                // step (after a transfer in the same case: the buyer). The mortgagee of a new mortgage is the buyer's bank
                // (新抵押权人) where the case also names the old one.
                StepFamily.MortgageCreate or StepFamily.MortgageChange => role switch
                {
                    CasePartyRole.Mortgagor => fact with { Side = PartySide.Giving },
                    CasePartyRole.Transferor or CasePartyRole.Transferee when !hasMortgagor && IsHolder(register, parties[i]) =>
                        fact with { Role = PartyRole.Mortgagor, Side = PartySide.Giving },
                    CasePartyRole.NewMortgagee => fact with { Side = PartySide.Taking },
                    CasePartyRole.Mortgagee when !hasNewMortgagee || (Family(step) == StepFamily.MortgageChange && !earlier.Contains("MortgageTransfer")) =>
                        fact with { Side = PartySide.Taking },
                    _ => fact with { Side = PartySide.None },
                },
                StepFamily.MortgageTransfer => role switch
                {
                    CasePartyRole.Mortgagee => fact with { Side = PartySide.Giving },
                    CasePartyRole.NewMortgagee => fact with { Side = PartySide.Taking },
                    _ => fact with { Side = PartySide.None },
                },
                _ => role is CasePartyRole.Mortgagee or CasePartyRole.Applicant ? fact : fact with { Side = PartySide.None },
            });
        }

        return result;
    }

    private static bool IsHolder(UnitRegister register, CaseParty party) =>
        register.Current.Ownership?.Holders.Any(h => string.Equals(h.Party.IdNumber, party.Party.IdNumber, StringComparison.OrdinalIgnoreCase)) == true;

    private static StepFamily Family(string step) => step switch
    {
        "MortgageFirst" or "MortgageMaxAmountFirst" or "MortgageInConstructionFirst" or "PreNoticeMortgage" or "PreNoticePurchaseMortgage"
            or "PreNoticeMortgageToMain" or "MortgageInConstructionConvert" => StepFamily.MortgageCreate,
        "MortgageChange" or "MortgageMaxAmountChange" or "MortgageMaxAmountCrystallise" => StepFamily.MortgageChange,
        "MortgageTransfer" or "MortgageMaxAmountTransfer" => StepFamily.MortgageTransfer,
        "MortgageCancel" or "SeizureRelease" or "PreNoticeCancel" or "ObjectionCancel" => StepFamily.Release,
        _ when step.Contains("Transfer", StringComparison.Ordinal) || step.StartsWith("PreNotice", StringComparison.Ordinal)
            || step.EndsWith("First", StringComparison.Ordinal) => StepFamily.Transfer,
        _ => StepFamily.Release,
    };

    private enum StepFamily
    {
        Transfer,
        MortgageCreate,
        MortgageChange,
        MortgageTransfer,
        Release,
    }
}
