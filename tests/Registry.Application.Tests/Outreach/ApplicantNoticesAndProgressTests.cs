using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Notifications;
using Registry.Application.Notifications.Applicants;
using Registry.Application.Progress;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Application.Tests.Outreach;

/// <summary>
/// Mobile numbers at intake, the applicant notices they receive, and the public progress query — through the product's
/// composition on a real database: a number is validated and refused naming the field, notices go to the phone (never to
/// an ID number), and the query answers only the right code (or ID suffix), the same null for an unknown case.
/// </summary>
public sealed class ApplicantNoticesAndProgressTests() : ComposedRegistry("notices", seedDemoData: false)
{
    private const string Unit = "340121001001GB00001F00010002";
    private const string SellerId = "340121198001010019";
    private const string BuyerId = "340121199003030034";
    private static readonly string[] ResaleMaterials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"];

    private async Task BookOwnerAsync()
    {
        var book = UnitRegister.Open(new ImmovableUnit(UnitCode.Parse(Unit), UnitKind.Household, "长丰县水湖镇蓝湾华庭1栋1单元102室", "住宅", 89.5m));
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(8));
        Services.GetRequiredService<IRegisterEffectApplier>().Apply(
            [book], [new CreateOwnership(Unit, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec("叶梓涵", SellerId)])],
            new RecordingContext(CaseNumber.Create("340121", new DateOnly(2026, 1, 5), 1), start, start));
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
    }

    private static AcceptanceRequest Resale(string? buyerMobile) => new()
    {
        BusinessType = "HouseTransferResale",
        Units = [Unit],
        Parties = [new AcceptanceParty("Transferor", "叶梓涵", SellerId), new AcceptanceParty("Transferee", "王五", BuyerId, Mobile: buyerMobile)],
        Facts = new Dictionary<string, string> { ["declaredPrice"] = "1200000", ["coOwnership"] = "Sole" },
        Materials = ResaleMaterials,
    };

    private async Task<AcceptanceResult> AcceptAsync(AcceptanceRequest request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(request, "acceptor");
    }

    private async Task<ApplicantProgress?> ProgressAsync(string caseNumber, string secret)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicantProgressQuery>().FindAsync(caseNumber, secret);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1391234567")]
    [InlineData("0551-65123456")]
    public async Task Mobile_NotAMainlandMobileNumber_IsRefusedNamingTheField_AndNothingIsSaved(string mobile)
    {
        await BookOwnerAsync();
        await using var scope = Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(Resale(mobile), "acceptor"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("parties[1].mobile", AcceptanceProblemCode.MobileInvalid, mobile), (problem.Field, problem.Code, problem.Values[0]));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindOpenOnUnitAsync(UnitCode.Parse(Unit)));
    }

    [Fact]
    public async Task Mobile_LongerThanItsFieldLimit_IsRefusedAsTooLong()
    {
        await BookOwnerAsync();
        await using var scope = Services.CreateAsyncScope();
        var refused = await Assert.ThrowsAsync<AcceptanceRefusedException>(() => scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(Resale(new string('1', Registry.Application.Fields.FieldLimits.Mobile + 1)), "acceptor"));

        Assert.Equal(("parties[1].mobile", AcceptanceProblemCode.TooLong), (Assert.Single(refused.Problems).Field, refused.Problems[0].Code));
    }

    [Fact]
    public async Task Acceptance_StoresTheMobile_AndTheNoticesGoToThePhoneNotToAnIdNumber()
    {
        await BookOwnerAsync();
        var accepted = await AcceptAsync(Resale("+86 139-1234-5678"));

        await using var scope = Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(accepted.Case.Number);
        Assert.Equal([null, "13912345678"], stored!.Parties.Select(p => p.Mobile));

        var messages = await scope.ServiceProvider.GetRequiredService<IOutboxDeliveryStore>().ListForCaseAsync(accepted.Case.Number.Value);
        var accepts = messages.Where(m => m.TemplateKey == NotificationTemplates.ApplicantAccepted).ToList();
        Assert.Equal([NotificationChannel.Sms, NotificationChannel.WeChat], accepts.Select(m => m.Channel).Order());
        Assert.All(accepts, m => Assert.Equal("13912345678", m.Recipient));
        Assert.DoesNotContain(messages, m => m.Recipient.Contains(BuyerId, StringComparison.Ordinal) || m.Recipient.Contains(SellerId, StringComparison.Ordinal));
        Assert.All(accepts, m => Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts)));
    }

    [Fact]
    public async Task Progress_AnswersTheQueryCodeOrTheIdSuffix_AndTheSameNullForAWrongCodeOrAnUnknownCase()
    {
        await BookOwnerAsync();
        var accepted = await AcceptAsync(Resale("13912345678"));
        var number = accepted.Case.Number.Value;
        var code = accepted.QueryCode!;
        Assert.Matches($"^[{QueryCodes.Alphabet}]{{{QueryCodes.Length}}}$", code);

        var found = await ProgressAsync(number, QueryCodes.Display(code).ToLowerInvariant());
        Assert.NotNull(found);
        Assert.Equal(number, found.CaseNumber);
        Assert.NotEmpty(found.CurrentSteps);
        Assert.Contains(found.StepsDone, s => s.NameZh.Contains("受理", StringComparison.Ordinal));
        Assert.NotNull(found.Deadline);
        Assert.False(found.Deadline.IsPaused);
        Assert.Equal(ApplicantAction.None, found.Action);

        Assert.NotNull(await ProgressAsync(number, BuyerId[^6..]));
        Assert.NotNull(await ProgressAsync(number, SellerId[^6..]));
        Assert.Null(await ProgressAsync(number, "999999"));
        var wrong = (code[0] == 'A' ? 'B' : 'A') + code[1..];
        Assert.Null(await ProgressAsync(number, wrong));
        Assert.Null(await ProgressAsync(number[..^4] + "9999", code));
        Assert.Null(await ProgressAsync("not-a-case", code));

        // Only the hash is stored.
        await using var scope = Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IQueryCodeStore>().FindAsync(number);
        Assert.NotNull(stored);
        Assert.DoesNotContain(code, stored.Hash + stored.Salt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReturnForSupplement_TellsTheApplicantWhy_AndTheProgressPageSaysWhatToBringWithTheClockPaused()
    {
        await BookOwnerAsync();
        var accepted = await AcceptAsync(Resale("13912345678"));
        var number = accepted.Case.Number.Value;
        await using (var scope = Services.CreateAsyncScope())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
            var roles = new[] { RegistryRoles.FirstReview };
            var option = await decisions.FindOptionAsync(number, "reviewer1", roles);
            Assert.NotNull(option);
            var back = option.Context.ReturnTargets.First(t => t.NodeId == "acceptance");
            await decisions.DecideAsync(number, "reviewer1", roles, new DecisionRequest
            {
                Kind = DecisionKind.Return, ReturnTo = back.NodeId, ReasonCode = "MATERIALS-INCOMPLETE", Opinion = "缺少买卖合同原件",
            });
        }

        await using var read = Services.CreateAsyncScope();
        var messages = await read.ServiceProvider.GetRequiredService<IOutboxDeliveryStore>().ListForCaseAsync(number);
        Assert.Contains(messages, m => m.TemplateKey == NotificationTemplates.SupplementNeeded && m.Channel == NotificationChannel.Sms && m.Recipient == "13912345678");

        var progress = await ProgressAsync(number, accepted.QueryCode!);
        Assert.NotNull(progress);
        Assert.Equal(ApplicantAction.Supplement, progress.Action);
        Assert.Equal("申请材料不齐全，需补正", progress.ReasonZh);
        Assert.Equal("Materials incomplete: supplement needed", progress.ReasonEn);
        Assert.True(progress.Deadline!.IsPaused);
    }

    [Fact]
    public void Templates_HaveEveryApplicantEventInChineseAndEnglish()
    {
        string[] events = [NotificationTemplates.ApplicantAccepted, NotificationTemplates.SupplementNeeded, NotificationTemplates.ApplicantApproved, NotificationTemplates.CertificateReady, NotificationTemplates.ApplicantRefused];
        var parameters = new Dictionary<string, string> { ["caseNumber"] = "C", ["office"] = "O", ["progressUrl"] = "U", ["dueDate"] = "D", ["reason"] = "R", ["certificateNumber"] = "N", ["ratingUrl"] = "RATE" };
        foreach (var key in events)
        {
            Assert.Contains("C", NotificationTemplates.Render(key, parameters, "zh-CN"), StringComparison.Ordinal);
            Assert.Contains("C", NotificationTemplates.Render(key, parameters, "en"), StringComparison.Ordinal);
        }

        Assert.Contains("R", NotificationTemplates.Render(NotificationTemplates.ApplicantRefused, parameters), StringComparison.Ordinal);
        Assert.Contains("不予登记", NotificationTemplates.Render(NotificationTemplates.ApplicantRefused, parameters), StringComparison.Ordinal);

        // The final notices carry the link where the applicant rates the service (好差评).
        Assert.All([NotificationTemplates.ApplicantRefused, NotificationTemplates.CertificateReady], key =>
            Assert.Contains("RATE", NotificationTemplates.Render(key, parameters), StringComparison.Ordinal));
        Assert.Equal("http://localhost:5000/progress?case=3401212026", ApplicantNotifier.RatingUrl("http://localhost:5000/progress", "3401212026"));
    }
}
