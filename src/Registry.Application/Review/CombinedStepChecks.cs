using System.Collections.Frozen;
using Registry.Application.Review.Facts;

namespace Registry.Application.Review;

/// <summary>
/// The checks a combined case (组合业务) runs on each of its steps instead of once on the whole case (issue 13 item 4):
/// disposal by the registered holder (GEN-03), the restrictions — seizure (SEI-01), administrative restriction (SEI-11),
/// pre-notice (PRE-01), objection (OBJ-03), the mortgage's transfer-restriction agreement (MTG-05) — the co-owners'
/// consent (COO-01), a change adverse to later-ranked mortgagees (MTG-04) and the disposer's marital property (民法典
/// 1062, 1064: a married disposer — the seller of a transfer step, the mortgagor of a mortgage step — needs the spouse's
/// consent or proof the property is their own). Each finding of a step names the step.
/// </summary>
public static class CombinedStepChecks
{
    /// <summary>Rule codes evaluated per step; on the whole combined case they are left out (the steps cover them).</summary>
    public static FrozenSet<string> RuleCodes { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "REG-DISPOSER-IS-HOLDER",
        "REG-SEIZURE-BLOCKS-DISPOSAL",
        "REG-ADMIN-RESTRICTION-BLOCKS",
        "REG-PRENOTICE-HOLDER-CONSENT",
        "REG-OBJECTION-UNDERTAKING",
        "REG-OBJECTION-NOTICE",
        "REG-MORTGAGE-RESTRICTION-CONSENT",
        "REG-MORTGAGE-CARRIED-OVER",
        "REG-ADVERSE-CHANGE-CONSENT",
        "REG-COOWNED-QUORUM",
        "REG-MARITAL-STATUS-CHECKED");

    /// <summary>
    /// True when <paramref name="finding"/> of a step's facts is kept. A mortgage pre-notice that follows the buyer's
    /// transfer pre-notice in the same case (双预告) is given by the buyer, who is not yet the holder (IR 85, 88): the
    /// seller's disposal is checked on the transfer pre-notice step, so GEN-03 is not asked of the mortgage pre-notice.
    /// </summary>
    public static bool Keeps(RuleFinding finding, CaseFacts step)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(step);
        if (!RuleCodes.Contains(finding.RuleCode))
        {
            return false;
        }

        return !(finding.RuleCode == "REG-DISPOSER-IS-HOLDER" && step.BusinessType is "PreNoticeMortgage" or "PreNoticePurchaseMortgage"
            && step.CombinedSteps.Take((step.Step ?? 1) - 1).Any(s => s is "PreNoticeTransfer" or "PreNoticePurchase"));
    }

    /// <summary>The finding with its messages prefixed by the step: "第2步 抵押权变更登记：…" / "Step 2 (Mortgage — change): …".</summary>
    public static RuleFinding Label(RuleFinding finding, CaseFacts step)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(step);
        if (step.Step is not { } n)
        {
            return finding;
        }

        return finding with
        {
            MessageZh = finding.MessageZh is null ? null : $"第{n}步 {step.StepNameZh}：{finding.MessageZh}",
            MessageEn = finding.MessageEn is null ? null : $"Step {n} ({step.StepNameEn}): {finding.MessageEn}",
            Facts = [new FactValue("Step", $"{n} {step.BusinessType}"), .. finding.Facts],
        };
    }
}
