using System.Globalization;
using Microsoft.Extensions.Localization;
using PdfSharp.Pdf;
using Registry.Application.Inspection;
using Registry.Web.Formatting;
using Registry.Web.Resources;

namespace Registry.Web.Documents;

/// <summary>
/// A sample's inspection sheet (质检抽查表) for print, with the same columns as its Excel export: the sampled cases, the
/// latest verdict and the six checklist items, in the screen's language. Uses the documents' font and page writer, so
/// it is reached through <see cref="CaseDocumentPdfs.InspectionSheet"/>, which installs the font.
/// </summary>
internal sealed class InspectionSheetPdf(IStringLocalizer<ExportResource> x, IStringLocalizer<InspectionResource> i, Func<string, string> typeName)
{
    public byte[] Sheet(InspectionSampleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sample = view.Sample;
        var items = Enum.GetValues<InspectionItem>();
        var headers = new List<string> { x["Col_CaseNo"], x["Col_Type"], x["Col_FinishedAt"], x["Col_Examiner"], x["Col_Verdict"] };
        headers.AddRange(items.Select(item => i["Item_" + item].Value));
        headers.Add(x["Col_Inspector"]);
        double[] weights = [16, 18, 10, 8, 7, .. items.Select(_ => 9.0), 8];
        var rows = sample.Cases.Select(c =>
        {
            var verdict = view.Latest.GetValueOrDefault(c.CaseNumber);
            var cells = new List<string?>
            {
                c.CaseNumber, typeName(c.BusinessType), Display.Time(c.FinishedAt), c.ResponsibleExaminer,
                verdict is null ? x["Pending"] : i["Verdict_" + verdict.Verdict],
            };
            cells.AddRange(items.Select(item => verdict?.Items.FirstOrDefault(r => r.Item == item) is { } r
                ? (r.Passed ? i["Item_Pass"].Value : i["Item_Fail"].Value) + (string.IsNullOrEmpty(r.Note) ? string.Empty : "：" + r.Note)
                : null));
            cells.Add(verdict?.InspectorName);
            return (IReadOnlyList<string?>)cells;
        });

        using var document = new PdfDocument();
        document.Info.Title = x["Sheet_Sample"];
        document.Info.Subject = sample.Id.ToString();
        document.Info.Creator = "Registry";
        using (var w = new PdfPageWriter(document, landscape: true))
        {
            w.Centred(x["Sheet_Sample"], 16, bold: true);
            w.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{Display.Date(sample.From)} ~ {Display.Date(sample.To)} · {(sample.BusinessType is { } type ? typeName(type) : "—")} · {sample.Rate:P0} · {sample.Cases.Count}/{sample.Population} · seed {sample.Seed} · {sample.DrawnByName} {Display.Time(sample.DrawnAt)}"), indent: false);
            w.Table(headers, weights, rows);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
