using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Catalogue;
using Registry.Application.Fields;
using Registry.Application.Intake;
using Registry.Application.Register.Browse;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Web.Components.Intake;
using Registry.Web.Tests.Fakes;

namespace Registry.Web.Tests.Intake;

public sealed class IntakePageTests : RegistryComponentTest
{
    // GB 11643 example number: 11010519491231002X is valid, so ...0021 has a wrong check character.
    private const string ValidId = "11010519491231002X";

    private const string Sold = "330102001001GB00001F00010003";

    private readonly FakeDesk _desk = new();
    private readonly string _scanDirectory = Directory.CreateTempSubdirectory("registry-intake-test-").FullName;

    public IntakePageTests()
    {
        var options = Options.Create(new IntakeOptions { MaxScanBytes = 1024, ScanDirectory = _scanDirectory });
        Services.AddSingleton<IBusinessTypeCatalogue>(new IntakeTestCatalogue());
        Services.AddSingleton(new MaterialNames(new Dictionary<string, CatalogueText>
        {
            ["APPLICATION_FORM"] = new("登记申请书", "Application form"),
            ["APPLICANT_ID"] = new("申请人身份证明", "Applicants' identity documents"),
            ["CERTIFICATE"] = new("不动产权证书/登记证明", "Certificate"),
            ["SALE_CONTRACT"] = new("买卖合同", "Sale contract"),
            ["MORTGAGE_CONTRACT"] = new("抵押合同", "Mortgage contract"),
            ["LOAN_CONTRACT"] = new("主债权合同", "Loan contract"),
        }));
        Services.AddSingleton(options);
        Services.AddSingleton<IMaterialScanStore>(new FileMaterialScanStore(options));
        Services.AddSingleton<IAcceptanceDesk>(_desk);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SampleRegisterBrowser.Now));
        // A unit of our own: the shared sample's second owner has an ID with a wrong check digit, which the form refuses.
        Browser.Units.Add(new UnitSummary(Sold, "幸福路88号1幢2单元303室", "住宅", 95m, "张三、赵六", 0, 0, 0, false, false));
        Browser.Registers[Sold] = new UnitRegisterView(
            Sold, "330102-001001-GB00001-F00010003", "房屋", "幸福路88号1幢2单元303室", "住宅", 95m, SampleRegisterBrowser.Now,
            [new OwnershipView("o3", "国有建设用地使用权/房屋所有权", "共同共有",
                [new HolderView("张三", "ResidentId", "330102199001011234", null), new HolderView("赵六", "ResidentId", "330102199202022343", null)],
                "浙(2020)杭州市不动产权第0012399号", null, null, SampleRegisterBrowser.Now.AddYears(-3), "2023-0003")],
            [], [], [], [], []);
        var auth = AddAuthorization();
        auth.SetAuthorized("acceptor");
        auth.SetRoles(RegistryRoles.Acceptor);
    }

    private IRenderedComponent<IntakePage> RenderWithType(string type)
    {
        var page = Render<IntakePage>();
        page.Find($".type-option[data-type='{type}']").Click();
        return page;
    }

    private static IReadOnlyList<string> MaterialRows(IRenderedComponent<IntakePage> page) =>
        [.. page.FindAll("tr.material-row").Select(r => r.GetAttribute("data-material")!)];

    [Fact]
    public void ChoosingAType_ShowsItsChecklistAndRoles_AndChangingItReplacesThem()
    {
        var page = RenderWithType("HouseTransferResale");

        Assert.Equal(["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT", "MARITAL_STATEMENT"], MaterialRows(page));
        Assert.Contains("共享获取", page.Find("tr.material-row[data-material='TAX_RECEIPT']").TextContent, StringComparison.Ordinal);
        var roles = page.Find("select.party-role").QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["Transferor", "Transferee", "Agent", "Guardian"], roles);
        Assert.NotNull(page.Find("#fact-declaredPrice"));
        Assert.NotNull(page.Find("#fact-coOwnership"));

        page.Find("#type-change").Click();
        page.Find(".type-option[data-type='MortgageFirst']").Click();

        Assert.Equal(["APPLICATION_FORM", "MORTGAGE_CONTRACT|LOAN_CONTRACT"], MaterialRows(page));
        Assert.Equal(["抵押合同", "主债权合同"], page.FindAll("select.material-choice option").Select(o => o.TextContent));
        Assert.Equal(["Mortgagee", "Agent", "Guardian"], page.Find("select.party-role").QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Empty(page.FindAll("#fact-declaredPrice"));
        Assert.NotNull(page.Find("#fact-mortgageAmount"));
    }

    [Fact]
    public void TypeSearch_FiltersByChineseNameOrCode()
    {
        var page = Render<IntakePage>();

        page.Find("#intake-type-search").Input("抵押");
        Assert.Equal(["MortgageFirst"], page.FindAll(".type-option").Select(b => b.GetAttribute("data-type")));

        page.Find("#intake-type-search").Input("resale");
        Assert.Equal(["HouseTransferResale"], page.FindAll(".type-option").Select(b => b.GetAttribute("data-type")));
    }

    [Theory]
    [InlineData("110105194912310021", "第 18 位校验码“1”有误，应为“X”。", "1")]
    [InlineData("1101A5194912310021", "第 5 位“A”不是允许的字符。", "A")]
    public void AWrongIdNumber_IsFlaggedAtItsField_AsTyped_WithTheWrongCharacterMarked(string typed, string message, string marked)
    {
        var page = RenderWithType("HouseTransferResale");

        page.Find("tr.party-row[data-index='0'] input.party-id").Input(typed);

        Assert.Equal(message, page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent);
        Assert.Equal(marked, page.Find(".id-wrong").TextContent);

        page.Find("tr.party-row[data-index='0'] input.party-id").Input(ValidId);
        Assert.Empty(page.FindAll(".intake-error[data-field='parties[0].idNumber']"));
    }

    [Fact]
    public void ACreditCode_IsCheckedAsOne_WhenThePartyIsAnOrganisation()
    {
        var page = RenderWithType("HouseTransferResale");
        page.Find("tr.party-row[data-index='0'] select.party-kind").Change("CreditCode");

        // I, O, S, V and Z are not in the credit-code alphabet.
        page.Find("tr.party-row[data-index='0'] input.party-id").Input("91330100MA2AOXXX10");

        Assert.Equal("第 13 位“O”不是允许的字符。", page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent);
    }

    [Fact]
    public void EachPartyHasADocumentTypePicker_AndANumberIsCheckedByItsType()
    {
        var page = RenderWithType("HouseTransferResale");
        var picker = page.Find("tr.party-row[data-index='0'] select.party-kind");
        Assert.Equal(Enum.GetValues<Registry.Domain.Parties.IdentityDocumentType>().Length, picker.QuerySelectorAll("option").Length);
        Assert.Contains("港澳台居民居住证", picker.TextContent, StringComparison.Ordinal);

        picker.Change("Passport");
        page.Find("tr.party-row[data-index='0'] input.party-id").Input("E12");
        Assert.Equal("不符合护照号码格式：应为 5–17 位字母或数字。", page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent);

        page.Find("tr.party-row[data-index='0'] select.party-kind").Change("OrganisationCode");
        page.Find("tr.party-row[data-index='0'] input.party-id").Input("M000100Y5");
        Assert.Equal("第 9 位校验码“5”有误，应为“4”（组织机构代码）。", page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent);
    }

    [Fact]
    public void AnOversizedScan_IsRefusedNamingTheLimit_AndNothingIsStaged()
    {
        var page = RenderWithType("HouseTransferResale");

        page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(Pdf(2048), "申请书.pdf", contentType: "application/pdf"));

        Assert.Equal("“申请书.pdf”未上传：超过单个文件 1 KB 的上限。", page.Find(".intake-error[data-field='materials.APPLICATION_FORM']").TextContent);
        Assert.Empty(page.FindAll(".scan"));
        Assert.False(page.Find("#material-APPLICATION_FORM").HasAttribute("checked"));
        Assert.Empty(Directory.EnumerateFiles(_scanDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ADisallowedOrDisguisedScan_IsRefusedNamingTheAllowedTypes()
    {
        var page = RenderWithType("HouseTransferResale");
        var input = page.FindComponents<InputFile>()[0];

        input.UploadFiles(InputFileContent.CreateFromText("MZ...", "setup.exe"));
        Assert.Equal("“setup.exe”未上传：只接受 .pdf, .jpg, .jpeg, .png 文件。", page.Find(".intake-error[data-field='materials.APPLICATION_FORM']").TextContent);

        input.UploadFiles(InputFileContent.CreateFromText("MZ not really a pdf", "renamed.pdf"));
        Assert.Equal("“renamed.pdf”未上传：文件内容不是 .pdf 格式。", page.Find(".intake-error[data-field='materials.APPLICATION_FORM']").TextContent);
        Assert.Empty(Directory.EnumerateFiles(_scanDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AScanWithinTheLimits_IsStaged_AndMarksTheMaterialReceived()
    {
        var page = RenderWithType("HouseTransferResale");

        page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary(Pdf(600), "申请书.pdf", contentType: "application/pdf"));

        Assert.Equal("申请书.pdf", page.Find("tr.material-row[data-material='APPLICATION_FORM'] .scan").GetAttribute("data-scan"));
        Assert.True(page.Find("#material-APPLICATION_FORM").HasAttribute("checked"));
        Assert.Empty(page.FindAll(".intake-error"));
    }

    [Fact]
    public void SubmittingWithoutARequiredMaterial_NamesTheMissingOnesAtTheChecklist_AndSendsNothing()
    {
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);
        page.Find("#material-SALE_CONTRACT").Change(false);
        page.Find("#material-CERTIFICATE").Change(false);

        page.Find("#intake-submit").Click();

        Assert.Equal("缺少必需材料：不动产权证书/登记证明、买卖合同。", page.Find(".intake-error[data-field='materials']").TextContent);
        Assert.Empty(_desk.Requests);
    }

    [Fact]
    public void SubmittingEmpty_NamesEveryProblemAtItsField()
    {
        var page = RenderWithType("HouseTransferResale");

        page.Find("#intake-submit").Click();

        Assert.Equal("请至少选择一个不动产单元。", page.Find(".intake-error[data-field='units']").TextContent);
        Assert.Equal("请填写姓名或名称。", page.Find(".intake-error[data-field='parties[0].name']").TextContent);
        Assert.Equal("请填写证件号码。", page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent);
        Assert.Equal("此项必填。", page.Find(".intake-error[data-field='facts.declaredPrice']").TextContent);
        Assert.StartsWith("缺少必需材料：登记申请书、申请人身份证明", page.Find(".intake-error[data-field='materials']").TextContent, StringComparison.Ordinal);
        Assert.Empty(_desk.Requests);
    }

    [Fact]
    public void ACompleteApplication_IsSentAsTyped_WithTheRecordedOwnersAsTransferors()
    {
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        var (request, roles) = Assert.Single(_desk.Requests);
        Assert.Equal([RegistryRoles.Acceptor], roles);
        Assert.Equal("HouseTransferResale", request.BusinessType);
        Assert.Equal([Sold], request.Units);
        Assert.Equal(
            [("Transferor", "张三", "330102199001011234"), ("Transferor", "赵六", "330102199202022343"), ("Transferee", "王伟", ValidId)],
            request.Parties.Select(p => (p.Role, p.Name, p.IdNumber)));
        Assert.Equal(["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT"], request.Materials);
        Assert.Equal("1200000", request.Facts["declaredPrice"]);
    }

    [Fact]
    public void TheServicesRefusal_IsShownAtTheFieldsItNames()
    {
        _desk.Refusal = new AcceptanceRefusedException(
        [
            new AcceptanceProblem("units[0]", $"unit {Sold} is not in the register"),
            new AcceptanceProblem("parties[2].idNumber", "ID number birth date 1949-12-31 is in the future"),
            new AcceptanceProblem("cause", "unknown cause"),
        ]);
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        Assert.Contains("is not in the register", page.Find(".intake-error[data-field='units[0]']").TextContent, StringComparison.Ordinal);
        Assert.Contains("in the future", page.Find(".intake-error[data-field='parties[2].idNumber']").TextContent, StringComparison.Ordinal);
        Assert.Contains("unknown cause", page.Find("#intake-summary .intake-error[data-field='cause']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#acceptance-result"));
    }

    private static AcceptanceRefusedException CodedRefusal() => new(
    [
        new AcceptanceProblem("units[0]", $"unit {Sold} is not in the register", AcceptanceProblemCode.UnitNotInRegister, [Sold]),
        new AcceptanceProblem("facts.declaredPrice", "'12万' is not an amount in yuan", AcceptanceProblemCode.NotAnAmount, ["12万"]),
        new AcceptanceProblem("materials", "required materials missing for HouseTransferResale: SALE_CONTRACT|CERTIFICATE",
            AcceptanceProblemCode.MaterialsMissing, ["HouseTransferResale", "SALE_CONTRACT|CERTIFICATE"]),
        new AcceptanceProblem("materials.scans", "at most 40 scans per application, not 41", AcceptanceProblemCode.TooManyScans, ["40", "41"]),
    ]);

    [Fact]
    public void TheServicesCodedRefusals_AreShownInChinese_NamingTheirValues()
    {
        _desk.Refusal = CodedRefusal();
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        Assert.Equal($"不动产单元 {Sold} 不在登记簿中。", page.Find(".intake-error[data-field='units[0]']").TextContent.Trim());
        Assert.Equal("“12万”不是以元为单位的金额。", page.Find(".intake-error[data-field='facts.declaredPrice']").TextContent.Trim());
        Assert.Equal("缺少必需材料：买卖合同或不动产权证书/登记证明。", page.Find(".intake-error[data-field='materials']").TextContent.Trim());
        Assert.Equal("每件申请最多上传 40 份扫描件，现有 41 份。", page.Find(".intake-error[data-field='materials.scans']").TextContent.Trim());
        Assert.DoesNotContain("is not", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServicesCodedRefusals_AreShownInEnglish_UnderEnglish()
    {
        UseCulture("en-US");
        _desk.Refusal = CodedRefusal();
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        Assert.Equal($"Unit {Sold} is not in the register.", page.Find(".intake-error[data-field='units[0]']").TextContent.Trim());
        Assert.Equal("Required materials missing: Sale contract or Certificate.", page.Find(".intake-error[data-field='materials']").TextContent.Trim());
    }

    private static AcceptanceRefusedException PartyAndSeizureRefusal() => new(
    [
        new AcceptanceProblem("parties[0].idNumber", "unified social credit code position 18: check character 'F' should be 'E' (GB 32100)",
            AcceptanceProblemCode.IdCheckCharacter, ["CreditCode", "18", "F", "E", "GB 32100"]),
        new AcceptanceProblem("parties[1].role", "...", AcceptanceProblemCode.PartyRoleNotForType, ["合肥蓝湾置业有限公司", "Transferor", "HouseTransferNewBuild", "Applicant, Transferee, Developer"]),
        new AcceptanceProblem("facts.authority", "...", AcceptanceProblemCode.SeizureWrongAuthority, [Sold, "(2026)皖0121执100号", "长丰县人民法院", "合肥市中级人民法院"]),
    ]);

    [Fact]
    public void PartyAndSeizureRefusals_NameFieldValuesAndLaw_InChineseAndEnglish()
    {
        _desk.Refusal = PartyAndSeizureRefusal();
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);
        page.Find("#intake-submit").Click();

        Assert.Equal("统一社会信用代码号码第 18 位校验码“F”有误，应为“E”（GB 32100）。", page.Find(".intake-error[data-field='parties[0].idNumber']").TextContent.Trim());
        Assert.Equal("合肥蓝湾置业有限公司 以“转让方（义务人）”身份申请，但 HouseTransferNewBuild 不设该角色；本业务的申请人角色为：申请人、受让方（权利人）、开发企业（《不动产登记暂行条例》第十四条）。",
            page.Find(".intake-error[data-field='parties[1].role']").TextContent.Trim());
        var authority = page.Find(".intake-error[data-field='facts.authority']").TextContent;
        Assert.Contains("由长丰县人民法院作出，合肥市中级人民法院无权解除或续封", authority, StringComparison.Ordinal);
        Assert.Contains("第二十八条", authority, StringComparison.Ordinal);

        UseCulture("en-US");
        var english = RenderWithType("HouseTransferResale");
        FillValidApplication(english);
        english.Find("#intake-submit").Click();
        Assert.Equal("unified social credit code number, position 18: check character “F” is wrong, it should be “E” (GB 32100).",
            english.Find(".intake-error[data-field='parties[0].idNumber']").TextContent.Trim());
        Assert.Contains("was made by 长丰县人民法院; 合肥市中级人民法院 cannot release or renew it (SPC seizure provisions art. 28",
            english.Find(".intake-error[data-field='facts.authority']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFields_CapTheirLengthAtTheServicesLimits()
    {
        var page = RenderWithType("HouseTransferResale");

        Assert.Equal("100", page.Find("tr.party-row[data-index='0'] input.party-name").GetAttribute("maxlength"));
        Assert.Equal("20", page.Find("tr.party-row[data-index='0'] input.party-share").GetAttribute("maxlength"));
        Assert.Equal("500", page.Find("#fact-declaredPrice").GetAttribute("maxlength"));
        Assert.Equal("100", page.Find("#unit-search").GetAttribute("maxlength"));
        Assert.True(int.Parse(page.Find("tr.party-row[data-index='0'] input.party-id").GetAttribute("maxlength")!, CultureInfo.InvariantCulture) <= FieldLimits.IdNumber);
    }

    [Theory]
    [InlineData("zh-CN", "“姓名/名称”最多 100 个字符，现有 20000 个；申请未受理，未保存任何内容。")]
    [InlineData("en-US", "“Name”", "takes at most 100 characters; 20000 were given. The application was not accepted and nothing was saved.")]
    public void ATooLongNameRefusedByTheService_IsShownAtTheField_NamingFieldAndLimit(string culture, params string[] expected)
    {
        UseCulture(culture);
        _desk.Refusal = new AcceptanceRefusedException([new AcceptanceProblem("parties[0].name", "at most 100 characters", AcceptanceProblemCode.TooLong, ["100", "20000"])]);
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        var text = page.Find(".intake-error[data-field='parties[0].name']").TextContent.Trim();
        Assert.All(expected, part => Assert.Contains(part, text, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAcceptedCase_ShowsItsNumberLink_AndTheFindingsGroupedBySeverity()
    {
        _desk.Outcome = new AcceptanceOutcome(
            "34012120261123000042", CaseStatus.UnderReview, false,
            [Finding("REG-SEIZURE-BLOCKS-DISPOSAL", RuleSeverity.Block, "单元存在有效查封"), Finding("REG-OPEN-CASE-NOTICE", RuleSeverity.Warn, "单元有在办业务")],
            12, null, [], null);
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        Assert.Equal("/cases/34012120261123000042", page.Find("#case-link").GetAttribute("href"));
        Assert.Equal("智能审核发现阻断项：须清除后方可继续办理。", page.Find("#acceptance-verdict").TextContent.Trim());
        Assert.Equal("REG-SEIZURE-BLOCKS-DISPOSAL", page.Find("section[data-severity='Block'] .finding").GetAttribute("data-rule"));
        Assert.Equal("REG-OPEN-CASE-NOTICE", page.Find("section[data-severity='Warn'] .finding").GetAttribute("data-rule"));
        Assert.Contains("单元存在有效查封", page.Find("section[data-severity='Block'] .rule-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAutoApprovedCase_SaysSo()
    {
        _desk.Outcome = new AcceptanceOutcome("34012120261123000043", CaseStatus.Approved, true, [], 20, null, [], null);
        var page = RenderWithType("HouseTransferResale");
        FillValidApplication(page);

        page.Find("#intake-submit").Click();

        Assert.Equal("全部规则通过，已自动审核通过。", page.Find("#acceptance-verdict").TextContent.Trim());
        Assert.Empty(page.FindAll(".finding"));
    }

    private static void FillValidApplication(IRenderedComponent<IntakePage> page)
    {
        page.Find("#unit-search").Input("330102");
        page.Find("#unit-search-button").Click();
        page.Find($"tr.unit-result[data-unit='{Sold}'] .unit-add").Click();
        page.Find(".use-owners").Click();
        page.Find("#party-add").Click();
        var buyer = page.FindAll("tr.party-row")[^1];
        buyer.QuerySelector("select.party-role")!.Change("Transferee");
        page.FindAll("tr.party-row")[^1].QuerySelector("input.party-name")!.Input("王伟");
        page.FindAll("tr.party-row")[^1].QuerySelector("input.party-id")!.Input(ValidId);
        foreach (var code in new[] { "APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT" })
        {
            page.Find($"#material-{code}").Change(true);
        }

        page.Find("#fact-declaredPrice").Input("1200000");
    }

    private static StoredFinding Finding(string code, RuleSeverity severity, string message) => new(
        SampleRegisterBrowser.Burdened,
        new RuleFinding
        {
            RuleCode = code,
            Reference = "X",
            RuleVersion = 1,
            RuleSet = "review-intake",
            Category = "rights",
            Severity = severity,
            Outcome = RuleOutcome.Fail,
            NameZh = code,
            MessageZh = message,
        });

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private sealed class FakeDesk : IAcceptanceDesk
    {
        public List<(AcceptanceRequest Request, IReadOnlyCollection<string> Roles)> Requests { get; } = [];

        public AcceptanceRefusedException? Refusal { get; set; }

        public AcceptanceOutcome Outcome { get; set; } = new("34012120261123000001", CaseStatus.UnderReview, false, [], 10, null, [], null);

        public Task<AcceptanceOutcome> AcceptAsync(AcceptanceRequest request, IReadOnlyList<StagedScan> scans, string actor, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            Requests.Add((request, roles));
            return Refusal is not null ? throw Refusal : Task.FromResult(Outcome);
        }
    }
}
