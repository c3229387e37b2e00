using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Review.Facts;
using Registry.Domain.Cases;
using Registry.Domain.Register;

namespace Registry.Application.Review;

/// <summary>
/// What a mortgage change (抵押权变更) applied for does to the mortgage it names, read from the register: a higher secured
/// amount or ceiling, a wider guarantee scope (担保范围), a later end of the debt term, a move up in rank. Civil Code 409 para 1 and IR 68 para 2 ask for the
/// written consent of the mortgagees ranked after it when such a change hurts them (MTG-04).
/// </summary>
internal static class MortgageChangeReader
{
    /// <summary>Extra key: the rank (顺位) the changed mortgage is to take, when the change moves it.</summary>
    public const string NewPriorityKey = "newPriority";

    /// <summary>The change, or null when the register has no (single) mortgage the application names.</summary>
    public static MortgageChangeFacts? Read(ChangeMortgage change, UnitRegister register, CaseDeclaration declared)
    {
        MortgageEntry target;
        try
        {
            target = EffectScope.Mortgage(register, change.EntryId, change.Priority, change.MortgageeIdNumber);
        }
        catch (EffectRefusal)
        {
            return null;
        }

        var priority = register.PriorityOf(target.Id);
        var newPriority = change.NewPriority ?? (declared.Extras.TryGetValue(NewPriorityKey, out var text)
            && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : (int?)null);
        GuaranteeScope? scope;
        try
        {
            scope = EffectScope.Scope(change.GuaranteeScope, "guaranteeScope");
        }
        catch (Registry.Domain.DomainValidationException)
        {
            scope = null;
        }

        return new MortgageChangeFacts
        {
            TargetPriority = priority,
            RaisesAmount = change.Amount is { } amount && amount > target.Amount,
            // A part of Civil Code 389's scope the mortgage did not secure before (interest, damages…) widens it.
            WidensScope = scope is { } s && (s & ~target.Details.Scope) != GuaranteeScope.None,
            ExtendsTerm = change.DebtEnd is { } end && end > target.DebtEnd,
            MovesPriorityUp = newPriority is { } np && np < priority,
            NewPriority = newPriority ?? priority,
        };
    }
}
