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

    // One request per check the validator makes, each expected to fail that check alone (or with the checks it implies).
    private static readonly (string Field, DecisionRequest Request, DecisionContext Context, DecisionErrorCode Code)[] Checks = EveryCheck();

    public static TheoryData<int> CheckIndexes => new(Enumerable.Range(0, Checks.Length));

    private static (string, DecisionRequest, DecisionContext, DecisionErrorCode)[] EveryCheck()
    {
        var approveOnly = Review with { AllowedKinds = new HashSet<DecisionKind> { DecisionKind.Approve } };
        return
        [
            ("opinion", new DecisionRequest { Kind = DecisionKind.Approve, Opinion = new string('意', 2001) }, Review, DecisionErrorCode.OpinionTooLong),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "不符合法定条件。", ReasonCode = new string('R', 65) }, Review, DecisionErrorCode.CodeTooLong),
            ("returnTo", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = new string('n', 65), ReasonCode = "MATERIALS-INCOMPLETE" }, Review, DecisionErrorCode.CodeTooLong),
            ("kind", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "不予登记理由" }, approveOnly, DecisionErrorCode.KindNotAllowed),
            ("opinion", new DecisionRequest { Kind = DecisionKind.Approve }, Review, DecisionErrorCode.OpinionMissing),
            ("opinion", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "争议", ReasonCode = "ART22-2" }, Review, DecisionErrorCode.OpinionTooShort),
            ("returnTo", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReasonCode = "MATERIALS-INCOMPLETE" }, Review, DecisionErrorCode.ReturnToMissing),
            ("returnTo", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "record", ReasonCode = "MATERIALS-INCOMPLETE" }, Review, DecisionErrorCode.ReturnToNotPassed),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "accept" }, Review, DecisionErrorCode.ReturnReasonMissing),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "accept", ReasonCode = "NO-SUCH" }, Review, DecisionErrorCode.ReturnReasonUnknown),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "存在权属争议" }, Review, DecisionErrorCode.RefusalGroundMissing),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Reject, Opinion = "存在权属争议", ReasonCode = "ART22-9" }, Review, DecisionErrorCode.RefusalGroundUnknown),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Suspend, Opinion = "等待法院裁定" }, Review, DecisionErrorCode.SuspendReasonMissing),
            ("reasonCode", new DecisionRequest { Kind = DecisionKind.Suspend, Opinion = "等待法院裁定", ReasonCode = "NO-SUCH" }, Review, DecisionErrorCode.SuspendReasonUnknown),
        ];
    }

    [Theory]
    [MemberData(nameof(CheckIndexes))]
    public void EveryCheck_NamesItsFieldAndCarriesItsCode(int check)
    {
        var (field, request, context, code) = Checks[check];
        var error = Assert.Single(DecisionValidator.Validate(request, context));

        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void EveryErrorTheValidatorCanProduce_CarriesACode_AndEveryCodeIsDriven()
    {
        var driven = Checks.Select(c => c.Code).ToHashSet();
        Assert.Equal(Enum.GetValues<DecisionErrorCode>().Where(c => c != DecisionErrorCode.Unspecified).Order(), driven.Order());

        // Every combination of kind, context, opinion, target and reason the form can send: no error without its code.
        var contexts = new[] { Review, Review with { OpinionRequired = false }, Review with { AllowedKinds = new HashSet<DecisionKind> { DecisionKind.Approve } } };
        var opinions = new string?[] { null, "", "争议", "存在尚未解决的权属争议", new string('意', 2001) };
        var targets = new string?[] { null, "accept", "record", new string('n', 65) };
        var reasons = new string?[] { null, "MATERIALS-INCOMPLETE", "ART22-2", "NO-SUCH", new string('R', 65) };
        var errors = (from kind in Enum.GetValues<DecisionKind>()
                      from context in contexts
                      from opinion in opinions
                      from target in targets
                      from reason in reasons
                      from error in DecisionValidator.Validate(new DecisionRequest { Kind = kind, Opinion = opinion, ReturnTo = target, ReasonCode = reason }, context)
                      select error).ToList();

        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, e => e.Code == DecisionErrorCode.Unspecified);
    }
}
