using Registry.Application.Examination;

namespace Registry.Application.Tests.Examination;

public sealed class DecisionValidatorTests
{
    private static readonly DecisionContext Review = new(
        new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Return, DecisionKind.Reject, DecisionKind.Suspend },
        OpinionRequired: true,
        [new ReturnTarget("accept", "受理"), new ReturnTarget("review1", "初审")]);

    [Fact]
    public void Approval_WithAnOpinion_IsValid()
    {
        var errors = DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意登记。" }, Review);

        Assert.Empty(errors);
    }

    [Fact]
    public void TooLongOpinionOrReasonCode_IsTheOnlyErrorAndCarriesTheLimit()
    {
        var opinion = DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Reject, Opinion = new string('意', 2001) }, Review);
        var reason = DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "不符合法定条件。", ReasonCode = new string('R', 65) }, Review);

        Assert.Equal(("opinion", 2000, 2001), (Assert.Single(opinion).Field, opinion[0].Limit, opinion[0].Length));
        Assert.Equal(("reasonCode", 64, 65), (Assert.Single(reason).Field, reason[0].Limit, reason[0].Length));
        Assert.Empty(DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Approve, Opinion = new string('意', 2000) }, Review));
    }

    [Fact]
    public void Approval_WithoutAnOpinion_IsValidOnlyWhenTheStepDoesNotRequireOne()
    {
        var request = new DecisionRequest { Kind = DecisionKind.Approve };

        Assert.Equal("opinion", Assert.Single(DecisionValidator.Validate(request, Review)).Field);
        Assert.Empty(DecisionValidator.Validate(request, Review with { OpinionRequired = false }));
    }

    [Fact]
    public void KindNotAllowedByTheStep_IsNamed()
    {
        var context = Review with { AllowedKinds = new HashSet<DecisionKind> { DecisionKind.Approve } };

        var error = Assert.Single(DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "不予登记理由" }, context));

        Assert.Equal("kind", error.Field);
        Assert.Contains("不予登记", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_NeedsATargetAReasonAndAReasonedOpinion()
    {
        var errors = DecisionValidator.Validate(new DecisionRequest { Kind = DecisionKind.Return, Opinion = "" }, Review);

        Assert.Equal(["opinion", "returnTo", "reasonCode"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Return_ToAStepTheCaseHasNotPassed_IsRefusedByName()
    {
        var request = new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "record", ReasonCode = "MATERIALS-INCOMPLETE" };

        var error = Assert.Single(DecisionValidator.Validate(request, Review));

        Assert.Equal("returnTo", error.Field);
        Assert.Contains("record", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_Complete_IsValid()
    {
        var request = new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "accept", ReasonCode = "MATERIALS-INCOMPLETE" };

        Assert.Empty(DecisionValidator.Validate(request, Review));
    }

    [Theory]
    [InlineData(null, "请选择不予登记的法定情形。")]
    [InlineData("ART22-9", "“ART22-9”不是有效的不予登记的法定情形代码。")]
    public void Reject_NeedsAValidLegalGround(string? code, string expected)
    {
        var request = new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "存在权属争议", ReasonCode = code };

        var error = Assert.Single(DecisionValidator.Validate(request, Review));

        Assert.Equal("reasonCode", error.Field);
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Reject_WithAnArticle22Ground_IsValid()
    {
        var request = new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "存在尚未解决的权属争议", ReasonCode = "ART22-2" };

        Assert.Empty(DecisionValidator.Validate(request, Review));
    }

    [Fact]
    public void ReasonedDecisions_NeedMoreThanAToken()
    {
        var request = new DecisionRequest { Kind = DecisionKind.Suspend, Opinion = "等", ReasonCode = "COURT" };

        var error = Assert.Single(DecisionValidator.Validate(request, Review));

        Assert.Equal("opinion", error.Field);
    }

    [Fact]
    public void RefusalGrounds_AreTheFourOfArticle22()
    {
        Assert.Equal(["ART22-1", "ART22-2", "ART22-3", "ART22-4"], ReasonCatalogue.RefusalGrounds.Select(g => g.Code));
    }
}
