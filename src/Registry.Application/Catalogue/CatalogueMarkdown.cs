using System.Globalization;
using System.Text;

namespace Registry.Application.Catalogue;

/// <summary>
/// Renders the catalogue as the note <c>docs/catalogue.md</c>: types by category with time limit, announcement,
/// certificate kind, effects and workflow. A test regenerates it and compares, so the note cannot drift.
/// </summary>
public static class CatalogueMarkdown
{
    /// <summary>Renders the note.</summary>
    public static string Render(IBusinessTypeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var sb = new StringBuilder();
        sb.AppendLine("# Registration catalogue (不动产登记业务类型目录)");
        sb.AppendLine();
        sb.AppendLine("Generated from `workflows/catalogue/types/*.json` by `CatalogueMarkdown.Render` (test `CatalogueDocTests`); do not edit by hand.");
        sb.AppendLine("Time limits are working days from acceptance (`TL-INSTANT`: booked on the spot); an announcement (公告, ≥ 15 working days) is not counted.");
        sb.AppendLine("Certificate: 证书 = 不动产权证书, 证明 = 不动产登记证明, — = none. Effects are applied in the order shown, in one booking.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{catalogue.All.Count} business types in {catalogue.Categories.Count} categories.");
        sb.AppendLine();
        sb.AppendLine("| category | types |");
        sb.AppendLine("|---|---|");
        foreach (var c in catalogue.Categories)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {c.Name.Zh} ({c.Name.En}) | {c.Types.Count} |");
        }

        foreach (var c in catalogue.Categories)
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"## {c.Name.Zh} — {c.Name.En}");
            sb.AppendLine();
            sb.AppendLine("| code | 名称 | name | time limit | announcement | certificate | effects | workflow |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|");
            foreach (var t in c.Types)
            {
                var limit = t.TimeLimitNote is null ? t.TimeLimit : $"{t.TimeLimit} ({t.TimeLimitNote})";
                var announcement = t.Announcement ? "yes" : "no";
                if (t.AnnouncementNote is not null)
                {
                    announcement += $" ({t.AnnouncementNote})";
                }

                var certificate = t.Certificates.Count == 0 ? "—" : string.Join(" + ", t.Certificates.Select(k => k == CertificateKind.RightCertificate ? "证书" : "证明"));
                var effects = string.Join(" → ", t.Effects.Select(e => e.ForEachUnit ? $"{e.Effect} (each unit)" : e.Effect));
                var workflow = t.AutoApproval ? $"{t.WorkflowId} (auto)" : t.WorkflowId;
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{t.Code}` | {t.Name.Zh} | {t.Name.En} | {limit} | {announcement} | {certificate} | {effects} | {workflow} |");
            }
        }

        return sb.ToString().ReplaceLineEndings("\n");
    }
}
