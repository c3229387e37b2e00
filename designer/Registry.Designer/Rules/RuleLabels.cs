using Microsoft.Extensions.Localization;
using Registry.Designer.Resources;

namespace Registry.Designer.Rules;

/// <summary>The rule format's codes (categories, stages, severities) and their localized labels, so no raw code shows on a page.</summary>
internal static class RuleLabels
{
    public static readonly string[] ReviewCategories = ["parties", "unit", "rights", "materials", "tax", "consistency"];

    public static readonly string[] SelfCheckCategories = ["principle", "content", "certificate", "term", "timeliness", "reporting"];

    public static readonly string[] Categories = [.. ReviewCategories, .. SelfCheckCategories];

    public static readonly string[] ReviewStages = ["INTAKE", "REVIEW", "BOOK"];

    public static readonly string[] Stages = [.. ReviewStages, "QC"];

    public static readonly string[] Severities = ["block", "warn", "info"];

    public static string Category(IStringLocalizer<DesignerResource> d, string code) => Categories.Contains(code) ? d[$"Category_{code}"] : code;

    public static string Stage(IStringLocalizer<DesignerResource> d, string code) => Stages.Contains(code) ? d[$"Stage_{code}"] : code;

    public static string Severity(IStringLocalizer<DesignerResource> d, string code) => Severities.Contains(code) ? d[$"Severity_{code}"] : code;
}
