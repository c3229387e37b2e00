using System.Globalization;
using Bunit;
using Registry.Application.Examination;
using Registry.Application.Fields;
using Registry.Application.Security;
using Registry.Web.Components.Cases;

namespace Registry.Web.Tests.Cases;

public sealed class DecisionFormTests : RegistryComponentTest
{
    private static readonly DecisionContext Review = new(
        new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Return, DecisionKind.Reject },
        OpinionRequired: true,
        [new ReturnTarget("accept", "受理（补正）"), new ReturnTarget("review1", "初审")]);

    private readonly List<DecisionRequest> _decided = [];

    private IRenderedComponent<DecisionForm> RenderForm(string role = RegistryRoles.FirstReview, DecisionContext? context = null, string? conflict = null) =>
        Render<DecisionForm>(p => p
            .Add(f => f.Context, context ?? Review)
            .Add(f => f.Role, role)
            .Add(f => f.Conflict, conflict)
            .Add(f => f.OnDecide, (DecisionRequest r) => _decided.Add(r)));

    [Fact]
    public void ApprovalWithoutOpinion_IsStoppedAtTheOpinionField()
    {
        var form = RenderForm();

        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        Assert.Equal("请填写同意意见。", form.Find(".decision-error[data-field=opinion]").TextContent);
    }

    [Fact]
    public void TheOpinion_StopsAtItsLimit_WithACounter()
    {
        var form = RenderForm();

        form.Find("#decision-opinion").Input("材料齐全");

        Assert.Equal(FieldLimits.Opinion.ToString(CultureInfo.InvariantCulture), form.Find("#decision-opinion").GetAttribute("maxlength"));
        Assert.Equal("4 / 2000", form.Find("#decision-opinion-counter").TextContent.Trim());
    }

    [Theory]
    [InlineData("zh-CN", "“审核意见”最多 2000 个字符，现有 2001 个，未保存。")]
    [InlineData("en-US", "“Opinion” takes at most 2000 characters; 2001 were given. Nothing was saved.")]
    public void AnOpinionOverTheLimit_IsRefusedAtTheField_NamingTheLimit_InTheUiLanguage(string culture, string expected)
    {
        UseCulture(culture);
        var form = RenderForm();

        // A browser honours maxlength; this is what the service and the form say when something else sends more.
        form.Find("#decision-opinion").Input(new string('意', FieldLimits.Opinion + 1));
        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        Assert.Equal(expected, form.Find(".decision-error[data-field=opinion]").TextContent);
    }

    [Fact]
    public void TemplateThenSubmit_RaisesTheApproval()
    {
        var form = RenderForm();

        form.Find("#decision-template").Click();
        form.Find("#decision-submit").Click();

        var decision = Assert.Single(_decided);
        Assert.Equal(DecisionKind.Approve, decision.Kind);
        Assert.Equal(OpinionTemplates.For(RegistryRoles.FirstReview, DecisionKind.Approve), decision.Opinion);
        Assert.Null(decision.ReasonCode);
    }

    [Fact]
    public void KindsTheStepDoesNotAllow_AreDisabled()
    {
        var form = RenderForm();

        Assert.True(form.Find("#decision-kind-suspend").HasAttribute("disabled"));
        Assert.False(form.Find("#decision-kind-reject").HasAttribute("disabled"));
    }

    [Fact]
    public void Return_OffersOnlyTheStepsPassed_AndNeedsTargetAndReason()
    {
        var form = RenderForm();
        form.Find("#decision-kind-return").Click();

        Assert.Equal(["", "accept", "review1"], form.FindAll("#decision-return-to option").Select(o => o.GetAttribute("value")));
        form.Find("#decision-opinion").Input("缺少完税凭证，请补正");
        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        Assert.Equal(["returnTo", "reasonCode"], form.FindAll(".decision-error").Select(e => e.GetAttribute("data-field")));

        form.Find("#decision-return-to").Change("accept");
        form.Find("#decision-reason").Change("MATERIALS-INCOMPLETE");
        form.Find("#decision-submit").Click();

        var decision = Assert.Single(_decided);
        Assert.Equal(new DecisionRequest { Kind = DecisionKind.Return, Opinion = "缺少完税凭证，请补正", ReturnTo = "accept", ReasonCode = "MATERIALS-INCOMPLETE" }, decision);
    }

    [Fact]
    public void Refusal_ListsTheFourArticle22Grounds()
    {
        var form = RenderForm();

        form.Find("#decision-kind-reject").Click();

        var grounds = form.FindAll("#decision-reason option").Skip(1).Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["ART22-1", "ART22-2", "ART22-3", "ART22-4"], grounds);
    }

    [Fact]
    public void AConflictFromTheEngine_IsShownPlainly()
    {
        var form = RenderForm(conflict: "该任务已由 张三 于 10:42 办结。");

        Assert.Equal("该任务已由 张三 于 10:42 办结。", form.Find("#decision-conflict").TextContent.Trim());
    }
    [Fact]
    public void Refusal_WithoutALegalBasis_IsStoppedAtTheReasonField_ThenRaisedWithIt()
    {
        var form = RenderForm();
        form.Find("#decision-kind-reject").Click();
        form.Find("#decision-opinion").Input("存在尚未解决的权属争议");

        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        Assert.Equal("请选择不予登记的法定情形。", form.Find(".decision-error[data-field=reasonCode]").TextContent);

        form.Find("#decision-reason").Change("ART22-2");
        form.Find("#decision-submit").Click();

        var decision = Assert.Single(_decided);
        Assert.Equal(DecisionKind.Reject, decision.Kind);
        Assert.Equal("ART22-2", decision.ReasonCode);
        Assert.Null(decision.ReturnTo);
    }

    // The validator words its problems in Chinese (the language of record); an English form said "请填写同意意见。".
    [Fact]
    public void UnderEnglish_TheFormsProblems_AreInEnglish()
    {
        UseCulture("en-US");
        var form = RenderForm();

        form.Find("#decision-submit").Click();
        Assert.Equal("Write an opinion for “Approve”.", form.Find(".decision-error[data-field=opinion]").TextContent);

        form.Find("#decision-kind-reject").Click();
        form.Find("#decision-opinion").Input("争议");
        form.Find("#decision-submit").Click();
        Assert.Equal("An opinion for “Refuse” needs at least 4 characters: give the reason.", form.Find(".decision-error[data-field=opinion]").TextContent);
        Assert.Equal("Choose the legal ground for refusal.", form.Find(".decision-error[data-field=reasonCode]").TextContent);

        form.Find("#decision-kind-return").Click();
        form.Find("#decision-submit").Click();
        Assert.Equal("Choose the step to return to.", form.Find(".decision-error[data-field=returnTo]").TextContent);
        Assert.Equal("Choose the reason for return.", form.Find(".decision-error[data-field=reasonCode]").TextContent);
        Assert.Empty(_decided);
        Assert.DoesNotContain(form.FindAll(".decision-error"), e => e.TextContent.Any(c => c is >= '\u4e00' and <= '\u9fff'));
    }

    [Fact]
    public void InChinese_TheFormsProblems_AreTheValidatorsWords()
    {
        var context = new DecisionContext(new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Suspend }, OpinionRequired: false, []);
        var form = RenderForm(RegistryRoles.FirstReview, context);
        form.Find("#decision-kind-suspend").Click();
        form.Find("#decision-opinion").Input("待查");

        form.Find("#decision-submit").Click();

        var request = new DecisionRequest { Kind = DecisionKind.Suspend, Opinion = "待查" };
        Assert.Equal(DecisionValidator.Validate(request, context).Select(e => e.Message).Order(StringComparer.Ordinal),
            form.FindAll(".decision-error").Select(e => e.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal("中止意见至少 4 个字，须说明理由。", form.Find(".decision-error[data-field=opinion]").TextContent);
        Assert.Equal("请选择中止原因。", form.Find(".decision-error[data-field=reasonCode]").TextContent);
    }

    [Fact]
    public void AStepThatDoesNotRequireAnOpinion_ApprovesWithout()
    {
        var recording = new DecisionContext(new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Return }, OpinionRequired: false, []);
        var form = RenderForm(RegistryRoles.Recorder, recording);

        form.Find("#decision-submit").Click();

        Assert.Equal(DecisionKind.Approve, Assert.Single(_decided).Kind);
        Assert.Empty(form.FindAll(".decision-error"));
    }

    [Fact]
    public void Suspension_NeedsAReasonAndAnOpinionEvenWhereApprovalWouldNot()
    {
        var context = new DecisionContext(new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Suspend }, OpinionRequired: false, []);
        var form = RenderForm(RegistryRoles.FirstReview, context);
        form.Find("#decision-kind-suspend").Click();

        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        Assert.Equal(["opinion", "reasonCode"], form.FindAll(".decision-error").Select(e => e.GetAttribute("data-field")).Order());
    }

    [Fact]
    public void WhileBusy_NothingCanBeSentAgain()
    {
        var form = Render<DecisionForm>(p => p
            .Add(f => f.Context, Review)
            .Add(f => f.Role, RegistryRoles.FirstReview)
            .Add(f => f.Busy, true)
            .Add(f => f.OnDecide, (DecisionRequest r) => _decided.Add(r)));

        Assert.True(form.Find("#decision-submit").HasAttribute("disabled"));
        Assert.True(form.Find("#decision-kind-approve").HasAttribute("disabled"));
    }

    // Every check of the validator, met through the form as a browser (or something else posting to it) could, and said in
    // English by its code. Selects are set to values they do not offer and kinds the step does not allow are left chosen,
    // as a tampered page would send them.
    [Theory]
    [InlineData(DecisionErrorCode.OpinionTooLong, "opinion", "“Opinion” takes at most 2000 characters; 2001 were given. Nothing was saved.")]
    [InlineData(DecisionErrorCode.CodeTooLong, "returnTo", "“Return to step” takes at most 64 characters; 65 were given. Nothing was saved.")]
    [InlineData(DecisionErrorCode.KindNotAllowed, "kind", "“Approve” is not allowed at this step.")]
    [InlineData(DecisionErrorCode.OpinionMissing, "opinion", "Write an opinion for “Approve”.")]
    [InlineData(DecisionErrorCode.OpinionTooShort, "opinion", "An opinion for “Refuse” needs at least 4 characters: give the reason.")]
    [InlineData(DecisionErrorCode.ReturnToMissing, "returnTo", "Choose the step to return to.")]
    [InlineData(DecisionErrorCode.ReturnToNotPassed, "returnTo", "Cannot return to “record”: the case has not passed that step.")]
    [InlineData(DecisionErrorCode.ReturnReasonMissing, "reasonCode", "Choose the reason for return.")]
    [InlineData(DecisionErrorCode.ReturnReasonUnknown, "reasonCode", "“NO-SUCH” is not a valid reason-for-return code.")]
    [InlineData(DecisionErrorCode.RefusalGroundMissing, "reasonCode", "Choose the legal ground for refusal.")]
    [InlineData(DecisionErrorCode.RefusalGroundUnknown, "reasonCode", "“NO-SUCH” is not a valid legal-ground-for-refusal code.")]
    [InlineData(DecisionErrorCode.SuspendReasonMissing, "reasonCode", "Choose the reason for suspension.")]
    [InlineData(DecisionErrorCode.SuspendReasonUnknown, "reasonCode", "“NO-SUCH” is not a valid reason-for-suspension code.")]
    public void UnderEnglish_EveryCodeOfTheValidator_IsAnEnglishSentence(DecisionErrorCode code, string field, string expected)
    {
        UseCulture("en-US");
        var all = new DecisionContext(
            new HashSet<DecisionKind> { DecisionKind.Approve, DecisionKind.Return, DecisionKind.Reject, DecisionKind.Suspend },
            OpinionRequired: true,
            [new ReturnTarget("accept", "受理（补正）"), new ReturnTarget("review1", "初审")]);
        var context = code == DecisionErrorCode.KindNotAllowed ? all with { AllowedKinds = new HashSet<DecisionKind> { DecisionKind.Return } } : all;
        var form = RenderForm(RegistryRoles.FirstReview, context);
        const string reasoned = "缺少完税凭证，请补正";
        var (kind, opinion, returnTo, reason) = code switch
        {
            DecisionErrorCode.OpinionTooLong => ("approve", new string('意', FieldLimits.Opinion + 1), null, null),
            DecisionErrorCode.CodeTooLong => ("return", reasoned, new string('n', FieldLimits.Code + 1), "MATERIALS-INCOMPLETE"),
            DecisionErrorCode.KindNotAllowed => (null, reasoned, null, null),
            DecisionErrorCode.OpinionMissing => ("approve", null, null, null),
            DecisionErrorCode.OpinionTooShort => ("reject", "争议", null, "ART22-2"),
            DecisionErrorCode.ReturnToMissing => ("return", reasoned, null, "MATERIALS-INCOMPLETE"),
            DecisionErrorCode.ReturnToNotPassed => ("return", reasoned, "record", "MATERIALS-INCOMPLETE"),
            DecisionErrorCode.ReturnReasonMissing => ("return", reasoned, "accept", null),
            DecisionErrorCode.ReturnReasonUnknown => ("return", reasoned, "accept", "NO-SUCH"),
            DecisionErrorCode.RefusalGroundMissing => ("reject", reasoned, null, null),
            DecisionErrorCode.RefusalGroundUnknown => ("reject", reasoned, null, "NO-SUCH"),
            DecisionErrorCode.SuspendReasonMissing => ("suspend", reasoned, null, null),
            DecisionErrorCode.SuspendReasonUnknown => ("suspend", reasoned, null, "NO-SUCH"),
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };
        if (kind is not null)
        {
            form.Find($"#decision-kind-{kind}").Click();
        }

        if (returnTo is not null)
        {
            form.Find("#decision-return-to").Change(returnTo);
        }

        if (reason is not null)
        {
            form.Find("#decision-reason").Change(reason);
        }

        if (opinion is not null)
        {
            form.Find("#decision-opinion").Input(opinion);
        }

        form.Find("#decision-submit").Click();

        Assert.Empty(_decided);
        var error = Assert.Single(form.FindAll(".decision-error"));
        Assert.Equal((field, expected), (error.GetAttribute("data-field"), error.TextContent));
    }
}
