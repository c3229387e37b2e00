using System.Globalization;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using Registry.Application.Documents;
using Registry.Application.Notifications;

namespace Registry.Web.Documents;

/// <summary>
/// Lays the case documents out as PDF (PDFsharp, the CJK font embedded as a subset). The documents are in Chinese, as the
/// office issues them, whatever the screen's language. Each file carries its case (and certificate) number in the document
/// information as well as on the page.
/// </summary>
public sealed class CaseDocumentPdfs
{
    /// <summary>The media type.</summary>
    public const string ContentType = "application/pdf";

    private readonly DocumentOptions _options;
    private readonly string _publicBase;

    /// <summary>Installs the font resolver (once per process: PDFsharp keeps it in a static) and fixes the QR codes' address.</summary>
    public CaseDocumentPdfs(IOptions<DocumentOptions> options, IOptions<NotificationOptions> notifications)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(notifications);
        _options = options.Value;
        EmbeddedCjkFontResolver.Install(_options);

        var configured = options.Value.PublicBaseUrl;
        _publicBase = (string.IsNullOrWhiteSpace(configured)
            ? notifications.Value.ProgressUrl.EndsWith("/progress", StringComparison.OrdinalIgnoreCase) ? notifications.Value.ProgressUrl[..^"/progress".Length] : notifications.Value.ProgressUrl
            : configured).TrimEnd('/');
    }

    /// <summary>The address a certificate's QR code opens.</summary>
    public string VerificationUrl(string token) => $"{_publicBase}/verify/{Uri.EscapeDataString(token)}";

    /// <summary>受理回执.</summary>
    public byte[] Receipt(AcceptanceReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var h = receipt.Header;
        return Write("不动产登记受理回执", h.CaseNumber, null, w =>
        {
            Head(w, h, "不动产登记受理回执");
            w.Field("受理时间", Time(h.AcceptedAt));
            w.Field("收到材料", receipt.Materials.Count == 0 ? "—" : string.Join("\n", receipt.Materials.Select((m, i) => $"{i + 1}. {m}")));
            w.Field("法定办结时限", receipt.DueAt is { } due ? $"{Day(due)}前（补正、公告等期间不计入）" : "—");
            w.Rule();
            w.Field("查询码", receipt.QueryCode);
            w.Paragraph($"请凭业务号和查询码在 {receipt.ProgressUrl} 查询办理进度。查询码仅在受理时告知一次，本机构不保存其明文，请妥善保管本回执。");
            w.Signature($"{h.OfficeName}（印）", Day(h.IssuedAt));
        });
    }

    /// <summary>补正通知书.</summary>
    public byte[] Supplement(SupplementNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var h = notice.Header;
        return Write("补正通知书", h.CaseNumber, null, w =>
        {
            Letter(w, h, "补正通知书");
            w.Paragraph($"你（单位）于{Day(h.AcceptedAt)}申请办理的{h.BusinessTypeZh}（业务号：{h.CaseNumber}），经审查，{notice.ReasonZh}。");
            if (notice.Opinion is { } opinion)
            {
                w.Paragraph($"审查意见：{opinion}");
            }

            w.Paragraph("依据《不动产登记暂行条例》第十七条，请一次性补正下列内容：");
            var items = notice.MissingMaterials.Count == 0 ? ["按审查意见补正申请材料"] : notice.MissingMaterials;
            for (var i = 0; i < items.Count; i++)
            {
                w.Paragraph($"{i + 1}. {items[i]}");
            }

            w.Paragraph("补正期间不计入办理时限。请持本通知书和补正材料到受理窗口办理。");
            w.Signature($"{h.OfficeName}（印）", Day(notice.ReturnedAt));
        });
    }

    /// <summary>不予登记告知书.</summary>
    public byte[] Refusal(RefusalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var h = notice.Header;
        return Write("不予登记告知书", h.CaseNumber, null, w =>
        {
            Letter(w, h, "不予登记告知书");
            w.Paragraph($"你（单位）于{Day(h.AcceptedAt)}申请办理的{h.BusinessTypeZh}（业务号：{h.CaseNumber}），经审查，存在下列情形：");
            w.Paragraph(notice.LegalBasisZh, bold: true);
            if (notice.Opinion is { } opinion)
            {
                w.Paragraph($"审查意见：{opinion}");
            }

            w.Paragraph("依据《不动产登记暂行条例》第二十二条，本机构决定不予登记。");
            w.Paragraph("如不服本决定，可以自收到本告知书之日起六十日内依法申请行政复议，或者自知道或者应当知道作出本决定之日起六个月内依法提起行政诉讼。");
            w.Signature($"{h.OfficeName}（印）", Day(notice.RefusedAt));
        });
    }

    /// <summary>不动产权证书 / 不动产登记证明 with the QR code of its verification page.</summary>
    public byte[] Certificate(CertificateDocument certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var c = certificate;
        var title = c.IsProof ? "不动产登记证明" : "不动产权证书";
        return Write(title, c.Header.CaseNumber, c.CertificateNumber, w =>
        {
            w.Centred("中华人民共和国", 14);
            w.Centred(title, 24, bold: true, after: 4);
            w.Centred(c.CertificateNumber, 13, after: 14);
            w.Rule();
            if (c.IsProof)
            {
                w.Field("证明权利或事项", c.RightOrMatter);
                w.Field("权利人（申请人）", string.Join("、", c.RightHolders));
                w.Field("义务人", c.Obligors.Count == 0 ? null : string.Join("、", c.Obligors));
            }
            else
            {
                w.Field("权利人", string.Join("、", c.RightHolders));
                w.Field("共有情况", c.CoOwnership);
            }

            w.Field("坐落", c.Location);
            w.Field("不动产单元号", c.UnitDisplay);
            if (!c.IsProof)
            {
                w.Field("权利类型", c.RightOrMatter);
            }

            w.Field("用途", c.Use);
            w.Field("面积", string.Create(CultureInfo.InvariantCulture, $"{c.Area:0.00} m²"));
            w.Field(c.IsProof ? "债务履行期限" : "使用期限", c.Term);
            w.Field("其他", c.Other);
            w.Field("登簿时间", Time(c.RecordedAt));
            w.Field("业务号", c.Header.CaseNumber);
            w.Rule();
            w.Qr(QrImages.Bitmap(VerificationUrl(c.VerificationToken)), "扫码核验证书状态");
            w.Paragraph("本电子证照可扫描上方二维码，在登记机构网站核验其是否现势、已注销或已更换。", indent: false);
            w.Signature($"登记机构：{c.Header.OfficeName}（章）", Day(c.Header.IssuedAt));
        });
    }

    /// <summary>A sample's inspection sheet (issue 17 part 3), in the screen's language.</summary>
    internal byte[] InspectionSheet(Application.Inspection.InspectionSampleView view, Microsoft.Extensions.Localization.IStringLocalizer<Resources.ExportResource> x,
        Microsoft.Extensions.Localization.IStringLocalizer<Resources.InspectionResource> i, Func<string, string> typeName)
    {
        EmbeddedCjkFontResolver.Install(_options);
        return new InspectionSheetPdf(x, i, typeName).Sheet(view);
    }

    private static void Head(PdfPageWriter w, Application.Documents.DocumentHeader h, string title)
    {
        w.Centred(h.OfficeName, 13);
        w.Centred(title, 20, bold: true, after: 14);
        w.Field("业务号", h.CaseNumber);
        w.Field("登记类型", h.BusinessTypeZh);
        w.Field("申请人", string.Join("、", h.Applicants));
        w.Field("不动产单元", string.Join("\n", h.Units));
    }

    private static void Letter(PdfPageWriter w, Application.Documents.DocumentHeader h, string title)
    {
        w.Centred(title, 20, bold: true, after: 4);
        w.Centred($"业务号：{h.CaseNumber}", 11, after: 14);
        w.Paragraph($"{string.Join("、", h.Applicants)}：", indent: false);
        if (h.Units.Count > 0)
        {
            w.Field("不动产单元", string.Join("\n", h.Units));
        }
    }

    private static byte[] Write(string title, string caseNumber, string? certificateNumber, Action<PdfPageWriter> content)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = certificateNumber ?? caseNumber;
        document.Info.Keywords = certificateNumber is null ? caseNumber : $"{caseNumber} {certificateNumber}";
        document.Info.Creator = "Registry";
        using (var writer = new PdfPageWriter(document))
        {
            content(writer);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static string Day(DateTimeOffset at) => Formatting.Display.InChina(at).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => Formatting.Display.InChina(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
