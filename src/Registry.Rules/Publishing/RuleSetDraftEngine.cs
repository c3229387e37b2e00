using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.Application.Catalogue;
using Registry.Application.RuleSets;
using Registry.Rules.Functions;
using Registry.Rules.Loading;

namespace Registry.Rules.Publishing;

/// <summary>
/// Validates rule-set drafts for the designer (parse, metadata, placeholders, compile into NRules, business types
/// against the catalogue, effective dates of versions of one rule) and builds the published/draft evaluator pair of a dry run.
/// </summary>
internal sealed partial class RuleSetDraftEngine(RuleSetCatalogue shipped, PublishedRuleSets? published, RuleSetCompilationCache cache, IBusinessTypeCatalogue? catalogue)
    : IRuleSetDraftEngine
{
    private const string Draft = "draft";

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [GeneratedRegex(@"^(Properties\.\w+|LocalParams\.\w+|LocalParams|Expression|RuleName|RuleExpressionType|WorkflowName|Kind|Version|Rules)")]
    private static partial Regex FieldPrefix();

    public IReadOnlyList<RuleDraftIssue> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var issues = new List<RuleDraftIssue>();
        issues.AddRange(RuleSetCatalogue.ValidateRuleSet(json, Draft).Select(ToIssue));
        RuleSetDocument? doc = null;
        try
        {
            doc = JsonSerializer.Deserialize<RuleSetDocument>(json, Options);
        }
        catch (JsonException)
        {
            // Already reported by the parser, with the line.
        }

        foreach (var rule in doc?.Rules ?? [])
        {
            CheckBusinessTypes(rule, issues);
        }

        return issues;
    }

    public async ValueTask<RuleSetDraftPair> PairAsync(string draftJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draftJson);
        var current = published is null ? new RuleSetSnapshot(0, shipped) : await published.CurrentAsync(cancellationToken);
        var errors = new List<RuleSetValidationError>();
        var draft = RuleSetParser.Parse(draftJson, Draft, errors)
            ?? throw new RuleSetValidationException(errors);
        var sets = current.Catalogue.Documents.Where(d => !string.Equals(d.Name, draft.Name, StringComparison.Ordinal)).Select(d => (d.File, d.Json))
            .Append(($"{draft.Name} (draft)", draftJson));
        var replaced = RuleSetCatalogue.Load(sets, current.Catalogue.Materials, cache);
        var publishedVersion = current.Catalogue.RuleSets.FirstOrDefault(s => s.Name == draft.Name)?.Version ?? 0;
        var draftSnapshot = new RuleSetSnapshot(-1, replaced);
        return new RuleSetDraftPair(current.Evaluator, draftSnapshot.Evaluator, current.SelfCheck, draftSnapshot.SelfCheck, publishedVersion);
    }

    private static RuleDraftIssue ToIssue(RuleSetValidationError e)
    {
        var field = FieldPrefix().Match(e.Message) is { Success: true } m ? m.Value
            : e.Message.StartsWith("Business type pattern", StringComparison.Ordinal) ? "Properties.BusinessTypes"
            : e.RuleCode is null ? "document" : "rule";
        var where = e.Position is { } p ? string.Create(CultureInfo.InvariantCulture, $"（第 {p} 个字符处）") : string.Empty;
        var rule = e.RuleCode is null ? "规则集" : $"规则 {e.RuleCode} ";
        // Expression errors and overlapping versions carry their Chinese text; other structural refusals quote the parser.
        var detail = e.DetailZh ?? $"（原文）{e.Message}";
        return new RuleDraftIssue(e.RuleCode, field, e.Position, $"{rule}{(field is "document" or "rule" ? string.Empty : $"的{FieldZh(field)}")}{where}有误：{detail}", e.ToString().Replace($"{Draft} ", string.Empty, StringComparison.Ordinal).Replace($"{Draft}: ", string.Empty, StringComparison.Ordinal));
    }

    // The field as the form labels it (zh-CN pages show no raw JSON names); unknown ones keep their name.
    private static string FieldZh(string field) => field switch
    {
        "Expression" => "条件",
        "RuleName" => "规则代码",
        "Properties.EffectiveFrom" => "生效日期",
        "Properties.EffectiveUntil" => "失效日期",
        "Properties.Version" => "版本号",
        "Properties.MessageZh" => "中文提示模板",
        "Properties.MessageEn" => "英文提示模板",
        "Properties.BusinessTypes" => "适用业务类型",
        "Properties.ExcludeTypes" => "排除的业务类型",
        "Properties.Severity" => "严重程度",
        "Properties.Category" => "类别",
        "Properties.Stages" => "适用阶段",
        "Properties.NameZh" => "中文名称",
        "Properties.NameEn" => "英文名称",
        "Properties.Ref" => "法规依据编号",
        _ when field.StartsWith("LocalParams.", StringComparison.Ordinal) => $"命名事实 {field["LocalParams.".Length..]} ",
        _ => $" {field} ",
    };

    // A business type a rule names to apply to must be in the catalogue. Globs (HouseTransfer*) and groups (@Disposal) may
    // name types to come, and an excluded code that does not exist excludes nothing, so those are not refused: the shipped
    // sets use both (ResidenceRight*Transfer*; AdministrativeRestriction and RecordsQuery in ExcludeTypes).
    private void CheckBusinessTypes(RuleDocument rule, List<RuleDraftIssue> issues)
    {
        if (catalogue is null || rule.Properties is not { } p)
        {
            return;
        }

        const string field = "Properties.BusinessTypes";
        foreach (var pattern in p.BusinessTypes ?? [])
        {
            if (pattern == "*" || pattern.StartsWith('@') || pattern.Contains('*', StringComparison.Ordinal) || !BusinessTypes.IsValidPattern(pattern))
            {
                continue;
            }

            if (!catalogue.TryFind(pattern, out _))
            {
                issues.Add(new RuleDraftIssue(rule.RuleName, field, null,
                    $"规则 {rule.RuleName} 的{FieldZh(field)}：业务类型 {pattern} 不在业务类型目录中。",
                    $"{rule.RuleName}: {field}: business type {pattern} is not in the business-type catalogue."));
            }
        }
    }
}
