using System.Globalization;
using Registry.Application.RuleSets;

namespace Registry.Designer.Rules;

/// <summary>The rule editor's mutable form model; turns into a <see cref="RuleDraft"/> for validation and publishing.</summary>
internal sealed class RuleForm
{
    public string Code { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public string Reference { get; set; } = string.Empty;

    public string NameZh { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string Severity { get; set; } = "warn";

    public int Version { get; set; } = 1;

    public string EffectiveFrom { get; set; } = string.Empty;

    public string EffectiveUntil { get; set; } = string.Empty;

    public IReadOnlyCollection<string> CatalogueTypes { get; set; } = [];

    public string Patterns { get; set; } = string.Empty;

    public string ExcludeTypes { get; set; } = string.Empty;

    public HashSet<string> Stages { get; } = new(StringComparer.Ordinal);

    public string MessageZh { get; set; } = string.Empty;

    public string MessageEn { get; set; } = string.Empty;

    public string Expression { get; set; } = "true";

    public List<FactRow> Facts { get; } = [];

    public string? Basis { get; set; }

    public static RuleForm From(RuleDraft d, ISet<string> catalogueCodes)
    {
        var form = new RuleForm
        {
            Code = d.Code,
            Enabled = d.Enabled,
            Reference = d.Reference,
            NameZh = d.NameZh,
            NameEn = d.NameEn,
            Category = d.Category,
            Severity = d.Severity,
            Version = d.Version,
            EffectiveFrom = d.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            EffectiveUntil = d.EffectiveUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            CatalogueTypes = [.. d.BusinessTypes.Where(catalogueCodes.Contains)],
            Patterns = string.Join(", ", d.BusinessTypes.Where(t => !catalogueCodes.Contains(t))),
            ExcludeTypes = string.Join(", ", d.ExcludeTypes),
            MessageZh = d.MessageZh,
            MessageEn = d.MessageEn,
            Expression = d.Expression,
            Basis = d.Basis,
        };
        form.Stages.UnionWith(d.Stages);
        form.Facts.AddRange(d.Facts.Select(f => new FactRow { Name = f.Name, Expression = f.Expression }));
        return form;
    }

    /// <summary>The draft, or the name of the date field that is not a date.</summary>
    public (RuleDraft? Draft, string? BadDateField) ToDraft()
    {
        DateOnly? from = null, until = null;
        if (EffectiveFrom.Length > 0)
        {
            if (!DateOnly.TryParseExact(EffectiveFrom.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                return (null, "Field_EffectiveFrom");
            }

            from = f;
        }

        if (EffectiveUntil.Length > 0)
        {
            if (!DateOnly.TryParseExact(EffectiveUntil.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var u))
            {
                return (null, "Field_EffectiveUntil");
            }

            until = u;
        }

        return (new RuleDraft
        {
            Code = Code.Trim(),
            Enabled = Enabled,
            Reference = Reference.Trim(),
            NameZh = NameZh,
            NameEn = NameEn,
            Category = Category,
            Severity = Severity,
            Version = Version,
            EffectiveFrom = from,
            EffectiveUntil = until,
            BusinessTypes = [.. CatalogueTypes, .. Split(Patterns)],
            ExcludeTypes = Split(ExcludeTypes),
            Stages = [.. RuleLabels.Stages.Where(Stages.Contains)],
            MessageZh = MessageZh,
            MessageEn = MessageEn,
            Expression = Expression,
            Facts = [.. Facts.Select(f => new RuleDraftFact(f.Name.Trim(), f.Expression))],
            Basis = string.IsNullOrWhiteSpace(Basis) ? null : Basis,
        }, null);
    }

    private static string[] Split(string text) =>
        [.. text.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A named fact row.</summary>
    internal sealed class FactRow
    {
        public string Name { get; set; } = string.Empty;

        public string Expression { get; set; } = string.Empty;
    }
}
