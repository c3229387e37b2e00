using Registry.Application.Review;
using Registry.Application.Review.Facts;
using static Registry.Rules.Tests.Facts;

namespace Registry.Rules.Tests;

/// <summary>
/// Rules that ask which side of a dealing a party is on (<see cref="PartySide"/>), on the types where the catalogue's roles
/// are not plain 转让方/受让方: easements, residence rights, mortgage transfers.
/// </summary>
public sealed class PartySideRuleTests
{
    private static readonly PartyFacts Owner = Seller with { Role = PartyRole.Holder };
    private static readonly PartyFacts EasementHolder = Buyer with { Role = PartyRole.Holder, Side = PartySide.Taking };

    [Fact]
    public void JointApplication_OfAnEasement_IsCompleteWithTheGrantingOwnerAndTheEasementHolder()
    {
        Assert.Equal(RuleOutcome.Pass, Outcome("REG-JOINT-APPLICATION", CleanResale().Type("EasementFirst", Owner, EasementHolder)));
        Assert.Equal(RuleOutcome.Fail, Outcome("REG-JOINT-APPLICATION", CleanResale().Type("EasementFirst", Owner)));
    }

    [Fact]
    public void JointApplication_OfAMortgageTransfer_NeedsTheAssigningMortgageeAsTheGivingSide()
    {
        var oldBank = Bank with { Side = PartySide.Giving };
        var newBank = Bank with { Name = "另一银行", Side = PartySide.Taking };
        Assert.Equal(RuleOutcome.Pass, Outcome("REG-JOINT-APPLICATION", CleanResale().Type("MortgageTransfer", oldBank, newBank)));
        Assert.Equal(RuleOutcome.Fail, Outcome("REG-JOINT-APPLICATION", CleanResale().Type("MortgageTransfer", newBank)));
    }

    [Fact]
    public void DisposerIsHolder_OfAResidenceRight_ChecksTheGrantingOwnerAgainstTheRegister()
    {
        var holder = Buyer with { Role = PartyRole.Holder, Side = PartySide.Taking };
        Assert.Equal(RuleOutcome.Pass, Outcome("REG-DISPOSER-IS-HOLDER", CleanResale().Type("ResidenceRightFirst", Owner, holder)));
        Assert.Equal(RuleOutcome.Fail, Outcome("REG-DISPOSER-IS-HOLDER", CleanResale().Type("ResidenceRightFirst", Owner with { Name = "王五" }, holder)));
    }

    [Fact]
    public void EasementNotSeparable_PassesWhenTheNewEasementHolderAlreadyHoldsTheBenefitingLand()
    {
        var newHolder = Buyer with { Role = PartyRole.Holder, Side = PartySide.Taking };
        var oldHolder = Seller with { Role = PartyRole.Holder, Side = PartySide.Giving };
        ReviewFacts Transfer(PartyFacts benefitingOwner) => CleanResale().Type("EasementTransfer", oldHolder, newHolder)
            .Unit(u => u with { Easements = [new EasementFacts { UnitIsBurdened = true, CounterpartUnitCode = "340121001001GB00022W00000000", CounterpartHolders = [new HolderFacts { Name = benefitingOwner.Name, IdNumber = benefitingOwner.IdNumber }] }] });

        Assert.Equal(RuleOutcome.Pass, Outcome("REG-EASEMENT-NOT-SEPARABLE", Transfer(newHolder)));
        Assert.Equal(RuleOutcome.Fail, Outcome("REG-EASEMENT-NOT-SEPARABLE", Transfer(oldHolder)));
    }

    private static RuleOutcome Outcome(string code, ReviewFacts facts)
    {
        var rule = TestCatalogue.Instance.ReviewSets.SelectMany(s => s.Rules).Single(r => r.Definition.Code == code);
        var finding = TestCatalogue.Instance.CreateEvaluator().Evaluate(facts, rule.Definition.Stages[0]).For(code);
        Assert.True(finding is not null, $"{code} did not run for {facts.Case.BusinessType}");
        return finding.Outcome;
    }
}
