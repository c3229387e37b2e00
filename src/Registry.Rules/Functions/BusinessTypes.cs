using System.Collections.Frozen;
using Registry.Application.Review.Facts;

namespace Registry.Rules.Functions;

/// <summary>
/// Business-type sets and case predicates usable in rule expressions and in a rule's BusinessTypes patterns
/// (register-rules.md §0.4 disposal set; registration-types.md §1.2 joint application). Groups: @Disposal, @Joint,
/// @Tax, @Contract, @Seizure, @Entrusted, @Mortgage, @First, @Cancel, @Correction.
/// </summary>
public static class BusinessTypes
{
    private static readonly FrozenSet<string> NotDisposalTransfers = FrozenSet.Create(StringComparer.Ordinal,
        "MortgageTransfer", "MortgageMaxAmountTransfer", "EasementTransfer");

    private static readonly FrozenSet<string> DisposalExtra = FrozenSet.Create(StringComparer.Ordinal,
        "MortgageFirst", "MortgageMaxAmountFirst", "MortgageInConstructionFirst", "ResidenceRightFirst", "EasementFirst",
        "PreNoticeTransfer", "PreNoticeMortgage", "PreNoticePurchase", "PreNoticePurchaseMortgage",
        "PreNoticeToMain", "PreNoticeMortgageToMain");

    private static readonly FrozenSet<string> Joint = FrozenSet.Create(StringComparer.Ordinal,
        "HouseTransferResale", "HouseTransferNewBuild", "HouseTransferGift", "HouseTransferExchange",
        "HouseTransferCapitalContribution", "HouseTransferCoOwnerChange", "HouseTransferMaritalPartition",
        "StateLandTransfer", "CollectiveLandOwnershipTransfer", "LandContractTransfer", "ForestTransfer",
        "MortgageFirst", "MortgageMaxAmountFirst", "MortgageInConstructionFirst", "MortgageChange", "MortgageMaxAmountChange",
        "MortgageTransfer", "MortgageMaxAmountTransfer", "EasementFirst", "EasementChange", "EasementTransfer",
        "ResidenceRightFirst", "ResidenceRightChange", "PreNoticeTransfer", "PreNoticeMortgage", "PreNoticePurchase",
        "PreNoticePurchaseMortgage");

    private static readonly FrozenSet<string> Tax = FrozenSet.Create(StringComparer.Ordinal,
        "HouseTransferResale", "HouseTransferNewBuild", "HouseTransferGift", "HouseTransferExchange",
        "HouseTransferInheritance", "HouseTransferCourtOrder", "HouseTransferJudicialAssist",
        "HouseTransferCapitalContribution", "HouseTransferCoOwnerChange", "StateLandTransfer",
        "CollectiveConstructionTransfer", "StateLandFirst", "HouseFirst");

    private static readonly FrozenSet<string> Contract = FrozenSet.Create(StringComparer.Ordinal,
        "HouseTransferNewBuild", "HouseTransferResale", "PreNoticePurchase", "PreNoticeTransfer");

    private static readonly FrozenSet<string> Seizure = FrozenSet.Create(StringComparer.Ordinal,
        "JudicialSeizure", "WaitingSeizure", "PreSeizure", "SeizureRenewal");

    private static readonly FrozenSet<string> Entrusted = FrozenSet.Create(StringComparer.Ordinal,
        "JudicialSeizure", "WaitingSeizure", "PreSeizure", "SeizureRenewal", "SeizureRelease",
        "HouseTransferJudicialAssist", "AdministrativeRestriction", "AdministrativeRestrictionRelease");

    private static readonly FrozenSet<string> Mortgage = FrozenSet.Create(StringComparer.Ordinal,
        "MortgageFirst", "MortgageMaxAmountFirst", "MortgageInConstructionFirst", "PreNoticeMortgage", "PreNoticePurchaseMortgage");

    /// <summary>Known group names (with the leading @).</summary>
    public static IReadOnlyCollection<string> Groups { get; } =
        ["@Disposal", "@Joint", "@Tax", "@Contract", "@Seizure", "@Entrusted", "@Mortgage", "@First", "@Cancel", "@Correction"];

    /// <summary>True when the type is in the disposal set by its type alone (§0.4), without looking at the cause.</summary>
    public static bool IsDisposalType(string businessType)
    {
        ArgumentNullException.ThrowIfNull(businessType);
        return DisposalExtra.Contains(businessType)
            || (businessType.Contains("Transfer", StringComparison.Ordinal) && !NotDisposalTransfers.Contains(businessType)
                && !businessType.StartsWith("Cmb", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when the case is a disposal (处分): its type is in the set, or it is a cancellation caused by abandonment (放弃),
    /// or a mortgage change that raises the amount or extends the term [practice, default on].
    /// </summary>
    public static bool IsDisposal(CaseFacts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return IsDisposalType(c.BusinessType)
            || (c.BusinessType.EndsWith("Cancel", StringComparison.Ordinal) && c.Cause == "Abandonment")
            || (c.BusinessType is "MortgageChange" or "MortgageMaxAmountChange"
                && c.MortgageChange is { } mc && (mc.RaisesAmount || mc.ExtendsTerm));
    }

    /// <summary>True when the type needs a joint application (J).</summary>
    public static bool IsJoint(string businessType) => Joint.Contains(businessType);

    /// <summary>
    /// For a joint type without a single-application ground: the missing side (转让方/抵押人 or 受让方/抵押权人), or empty when both sides apply.
    /// </summary>
    public static string MissingJointSide(CaseFacts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!IsJoint(c.BusinessType) || !string.IsNullOrEmpty(c.SingleApplicationGround))
        {
            return string.Empty;
        }

        var giving = c.Parties.Any(p => p.IsApplicant && p.Side == PartySide.Giving);
        var taking = c.Parties.Any(p => p.IsApplicant && p.Side == PartySide.Taking);
        return (giving, taking) switch
        {
            (true, true) => string.Empty,
            (false, true) => "转让方/抵押人",
            (true, false) => "受让方/抵押权人",
            _ => "转让方/抵押人、受让方/抵押权人",
        };
    }

    /// <summary>
    /// SEI-01 exemption: a court-ordered transfer entrusted by the same authority that holds every effective seizure.
    /// </summary>
    public static bool EnforcesOwnSeizure(CaseFacts c, UnitSnapshot u, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(u);
        return c.BusinessType == "HouseTransferJudicialAssist" && c.EntrustingAuthority is { } a
            && u.Seizures.Where(z => z.IsEffectiveOn(today)).All(z => z.Authority == a.Name);
    }

    /// <summary>True when a business type matches a pattern: "*", an exact code, a glob with *, or a group such as @Disposal.</summary>
    public static bool Matches(string businessType, string pattern)
    {
        ArgumentNullException.ThrowIfNull(businessType);
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern == "*")
        {
            return true;
        }

        if (pattern.StartsWith('@'))
        {
            return pattern switch
            {
                "@Disposal" => IsDisposalType(businessType) || businessType.EndsWith("Cancel", StringComparison.Ordinal)
                    || businessType is "MortgageChange" or "MortgageMaxAmountChange",
                "@Joint" => Joint.Contains(businessType),
                "@Tax" => Tax.Contains(businessType),
                "@Contract" => Contract.Contains(businessType),
                "@Seizure" => Seizure.Contains(businessType),
                "@Entrusted" => Entrusted.Contains(businessType),
                "@Mortgage" => Mortgage.Contains(businessType),
                "@First" => businessType.EndsWith("First", StringComparison.Ordinal),
                "@Cancel" => businessType.EndsWith("Cancel", StringComparison.Ordinal),
                "@Correction" => businessType.StartsWith("Correction", StringComparison.Ordinal),
                _ => false,
            };
        }

        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(businessType, pattern, StringComparison.Ordinal);
        }

        // Glob with one or more '*': match the pieces in order.
        var pieces = pattern.Split('*');
        var pos = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Length == 0)
            {
                continue;
            }

            var at = businessType.IndexOf(piece, pos, StringComparison.Ordinal);
            if (at < 0 || (i == 0 && at != 0))
            {
                return false;
            }

            pos = at + piece.Length;
        }

        return pieces[^1].Length == 0 || businessType.EndsWith(pieces[^1], StringComparison.Ordinal);
    }

    /// <summary>True when the pattern is syntactically acceptable (known group, or non-empty code/glob of letters).</summary>
    public static bool IsValidPattern(string pattern) =>
        pattern == "*" || (pattern.StartsWith('@') ? Groups.Contains(pattern)
            : pattern.Length > 0 && pattern.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '*'));
}
