using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Documents;
using Registry.Application.Examination;
using Registry.Application.Progress;
using Registry.Application.Recording.Effects;
using Registry.Application.Security;
using Registry.Domain.Codes;
using Registry.Web.Documents;
using Registry.Web.Tests.Api;

namespace Registry.Web.Tests.Documents;

/// <summary>
/// The documents end to end on the web host: cases made through the API and the counter, the documents built by the
/// role-checked service, rendered to PDF, read back (text through the embedded font, document information, the QR code
/// decoded from the image's pixels), and the QR's address opened over HTTP without signing in.
/// </summary>
[Collection(ApiHostGroup.Name)]
public sealed class CaseDocumentPdfTests(ApiHost host)
{
    private static readonly string[] Recorder = [RegistryRoles.Recorder];

    [Fact]
    public async Task Certificate_CarriesItsNumberOnThePageAndInTheInfo_AndItsQrOpensTheVerificationPageSayingCurrent()
    {
        var (caseNumber, unit, certificate) = await DocumentTestCases.RecordedMortgageAsync(host, "徽商银行岗集支行", CreditCodes.Make(701));

        var pdf = await CertificatePdfAsync(caseNumber);

        var info = PdfProbe.Info(pdf);
        Assert.Equal(("不动产登记证明", certificate, 1), (info.Title, info.Subject, info.Pages));
        var text = PdfProbe.Text(pdf);
        Assert.Contains(certificate, text, StringComparison.Ordinal);
        Assert.Contains("不动产登记证明", text, StringComparison.Ordinal);
        Assert.Contains("徽商银行岗集支行", text, StringComparison.Ordinal); // the mortgagee, from the register
        Assert.Contains(UnitCode.Parse(unit).Display.Replace(" ", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.All(PdfProbe.Fonts(pdf), f => Assert.Matches("^[A-Z]{6}\\+", f)); // embedded as subsets
        Assert.Empty(PdfProbe.OutsideMargins(pdf));

        var qr = Assert.Single(PdfProbe.QrCodes(pdf));
        Assert.NotNull(qr);
        Assert.StartsWith("http://localhost:5000/verify/", qr, StringComparison.Ordinal);
        Assert.DoesNotContain(certificate, Uri.UnescapeDataString(qr), StringComparison.Ordinal); // the number is not what is looked up

        var page = await VerifyAsync(qr);
        Assert.Contains("data-status=\"Current\"", page, StringComparison.Ordinal);
        Assert.Contains(certificate, page, StringComparison.Ordinal);
        Assert.Contains("现势有效", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiHost.Owner.IdNumber, page, StringComparison.Ordinal); // no holder data for verifiers
        Assert.DoesNotContain(ApiHost.Owner.Name, page, StringComparison.Ordinal);

        var english = await VerifyAsync(qr, "en");
        Assert.Contains(">Current<", english, StringComparison.Ordinal);
        Assert.Contains("Mortgage", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_AfterTheMortgageIsCancelled_VerifiesAsCancelled()
    {
        var (caseNumber, unit, _) = await DocumentTestCases.RecordedMortgageAsync(host, "徽商银行下塘支行", CreditCodes.Make(702));
        var qr = Assert.Single(PdfProbe.QrCodes(await CertificatePdfAsync(caseNumber)))!;

        await DocumentTestCases.ApplyAsync(host, unit, new CancelMortgage(unit, All: true), 7702);

        var page = await VerifyAsync(qr);
        Assert.Contains("data-status=\"Cancelled\"", page, StringComparison.Ordinal);
        Assert.Contains("已注销", page, StringComparison.Ordinal);
        Assert.Contains("verify-changed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Certificate_AfterItIsReissued_VerifiesAsReplaced_AndTheCaseNoLongerPrintsTheOldNumber()
    {
        var (caseNumber, unit, certificate) = await DocumentTestCases.RecordedMortgageAsync(host, "徽商银行吴山支行", CreditCodes.Make(703));
        var qr = Assert.Single(PdfProbe.QrCodes(await CertificatePdfAsync(caseNumber)))!;
        var old = CertificateNumber.Parse(certificate);
        var replacement = CertificateNumber.Create(old.Province, old.Year, old.Area, CertificateSeries.Proof, 9_000_703).ToString();

        await DocumentTestCases.ApplyAsync(host, unit, new ReissueCertificate(unit, CertificateTarget.Mortgage, replacement, Priority: 1), 7703);

        var page = await VerifyAsync(qr);
        Assert.Contains("data-status=\"Replaced\"", page, StringComparison.Ordinal);
        Assert.Contains(certificate, page, StringComparison.Ordinal);
        Assert.DoesNotContain(replacement, page, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<CaseDocuments>().CertificateAsync(caseNumber, Recorder);
        Assert.Equal(DocumentRefusal.NotApplicable, again.Refusal);
    }

    [Theory]
    [InlineData("/verify/not-a-token")]
    [InlineData("/verify")]
    public async Task Verification_UnknownOrMalformedToken_SaysItCannotVerify(string path)
    {
        using var http = host.CreateClient();
        var page = WebUtility.HtmlDecode(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        Assert.Contains("id=\"verify-unknown\"", page, StringComparison.Ordinal);
        Assert.Contains("无法核验", page, StringComparison.Ordinal);
        Assert.DoesNotContain("verify-result", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verification_ForgedSignatureOrUnknownEntry_SaysItCannotVerify()
    {
        var (caseNumber, _, _) = await DocumentTestCases.RecordedMortgageAsync(host, "徽商银行杨庙支行", CreditCodes.Make(704));
        var qr = Assert.Single(PdfProbe.QrCodes(await CertificatePdfAsync(caseNumber)))!;
        var token = qr[(qr.LastIndexOf('/') + 1)..];
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        var otherEntry = host.Services.GetRequiredService<ICertificateTokens>().Issue(Guid.NewGuid()); // genuine, but no such entry

        Assert.Contains("id=\"verify-unknown\"", await VerifyAsync($"/verify/{forged}"), StringComparison.Ordinal);
        Assert.Contains("id=\"verify-unknown\"", await VerifyAsync($"/verify/{otherEntry}"), StringComparison.Ordinal);
        Assert.Contains("data-status=\"Current\"", await VerifyAsync($"/verify/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_AreRefusedToRolesThatDoNotHandThemOut_AndToAnonymousDownloads()
    {
        var (caseNumber, _, _) = await DocumentTestCases.RecordedMortgageAsync(host, "徽商银行造甲支行", CreditCodes.Make(705));
        await using var scope = host.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<CaseDocuments>();

        Assert.Equal(DocumentRefusal.Forbidden, (await documents.CertificateAsync(caseNumber, [RegistryRoles.Leader, RegistryRoles.QualityInspector])).Refusal);
        Assert.Equal(DocumentRefusal.Forbidden, (await documents.RefusalAsync(caseNumber, [RegistryRoles.Leader])).Refusal);
        Assert.Equal(DocumentRefusal.Forbidden, (await documents.ReceiptAsync(caseNumber, "ABCD2345", [RegistryRoles.Recorder])).Refusal);
        Assert.Equal(DocumentRefusal.NotApplicable, (await documents.RefusalAsync(caseNumber, [RegistryRoles.Approver])).Refusal); // not refused
        Assert.Equal(DocumentRefusal.NotApplicable, (await documents.SupplementAsync(caseNumber, [RegistryRoles.Approver])).Refusal); // not returned
        Assert.Equal(DocumentRefusal.NotFound, (await documents.CertificateAsync("34012120260101999999", Recorder)).Refusal);
        Assert.Equal(DocumentRefusal.NotFound, (await documents.CertificateAsync("no-such-number", Recorder)).Refusal);

        using var http = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await http.GetAsync(new Uri(DocumentEndpoints.CasePath(caseNumber, "certificate"), UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Receipt_PrintsTheQueryCodeShownAtAcceptance_AndOnlyThatCode()
    {
        var accepted = await DocumentTestCases.AcceptedResaleAsync(host, "长丰农商银行", CreditCodes.Make(706));
        var number = accepted.Case.Number.Value;
        var code = accepted.QueryCode!;
        await using var scope = host.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<CaseDocuments>();

        var wrong = await documents.ReceiptAsync(number, code == "ABCD2345" ? "ABCD2346" : "ABCD2345", [RegistryRoles.Acceptor]);
        Assert.Equal(DocumentRefusal.NotApplicable, wrong.Refusal);

        var receipt = await documents.ReceiptAsync(number, code, [RegistryRoles.Acceptor]);
        var pdf = host.Services.GetRequiredService<CaseDocumentPdfs>().Receipt(receipt.Document!);
        var text = PdfProbe.Text(pdf);
        Assert.Contains("不动产登记受理回执", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(QueryCodes.Display(code), text, StringComparison.Ordinal);
        Assert.Contains("买卖合同", text, StringComparison.Ordinal); // a material received
        Assert.Equal(number, PdfProbe.Info(pdf).Subject);
        Assert.Empty(PdfProbe.OutsideMargins(pdf));
        Assert.Empty(PdfProbe.QrCodes(pdf));
    }

    [Fact]
    public async Task SupplementNotice_SaysWhyAndWhatToBring_AfterAReturn()
    {
        var accepted = await DocumentTestCases.AcceptedResaleAsync(host, "长丰科农银行", CreditCodes.Make(707));
        var number = accepted.Case.Number.Value;
        await DocumentTestCases.DecideAsync(host, number, DecisionKind.Return, "MATERIALS-INCOMPLETE", "缺少买卖合同原件");

        await using var scope = host.Services.CreateAsyncScope();
        var notice = await scope.ServiceProvider.GetRequiredService<CaseDocuments>().SupplementAsync(number, [RegistryRoles.FirstReview]);
        Assert.Equal(DocumentRefusal.None, notice.Refusal);
        var text = PdfProbe.Text(host.Services.GetRequiredService<CaseDocumentPdfs>().Supplement(notice.Document!));

        Assert.Contains("补正通知书", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains("申请材料不齐全，需补正", text, StringComparison.Ordinal);
        Assert.Contains("缺少买卖合同原件", text, StringComparison.Ordinal);
        Assert.Contains("王五", text, StringComparison.Ordinal); // addressed to the applicants
    }

    [Fact]
    public async Task RefusalNotice_CitesTheLegalBasisTheExaminerChose_AndTheRemedies()
    {
        var accepted = await DocumentTestCases.AcceptedResaleAsync(host, "长丰民生银行", CreditCodes.Make(708));
        var number = accepted.Case.Number.Value;
        await DocumentTestCases.DecideAsync(host, number, DecisionKind.Reject, "ART22-2", "该房屋存在权属争议诉讼");

        await using var scope = host.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<CaseDocuments>();
        var notice = await documents.RefusalAsync(number, [RegistryRoles.Acceptor]);
        Assert.Equal(DocumentRefusal.None, notice.Refusal);
        var text = PdfProbe.Text(host.Services.GetRequiredService<CaseDocumentPdfs>().Refusal(notice.Document!));

        Assert.Contains("不予登记告知书", text, StringComparison.Ordinal);
        Assert.Contains(ReasonCatalogue.Find(ReasonCatalogue.RefusalGrounds, "ART22-2")!.Zh, text, StringComparison.Ordinal);
        Assert.Contains("该房屋存在权属争议诉讼", text, StringComparison.Ordinal);
        Assert.Contains("行政复议", text, StringComparison.Ordinal);
        Assert.Equal(DocumentRefusal.NotApplicable, (await documents.CertificateAsync(number, Recorder)).Refusal);
    }

    private async Task<byte[]> CertificatePdfAsync(string caseNumber)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CaseDocuments>().CertificateAsync(caseNumber, Recorder);
        Assert.Equal(DocumentRefusal.None, outcome.Refusal);
        return host.Services.GetRequiredService<CaseDocumentPdfs>().Certificate(outcome.Document!);
    }

    private async Task<string> VerifyAsync(string address, string? culture = null)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(address).PathAndQuery, UriKind.Relative));
        if (culture is not null)
        {
            request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)))}");
        }

        using var response = await http.SendAsync(request);
        // Razor writes non-ASCII text as character references.
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return body;
    }
}
