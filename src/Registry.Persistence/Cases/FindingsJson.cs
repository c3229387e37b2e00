using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Registry.Application.Review;

namespace Registry.Persistence.Cases;

/// <summary>
/// The JSON form of a review run's findings, kept in <c>ReviewRuns.FindingsJson</c>: one array per run, in the order the
/// rules reported them. A run is written once and read whole (the case page, the decision's blocking check), and nothing
/// queries single findings across runs, so one value per run replaced a row per finding: a 初审 review stored ~45 rows,
/// each bound and stepped on its own, and that was the largest part of storing a run. Runs stored before the column
/// existed keep their rows in <c>RuleFindings</c> and are read from there (nothing recorded is rewritten).
/// </summary>
internal static class FindingsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        // Chinese messages stay readable in the column.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = FindingsJsonContext.Default,
    };

    private static readonly JsonTypeInfo<List<StoredFindingJson>> List = (JsonTypeInfo<List<StoredFindingJson>>)Options.GetTypeInfo(typeof(List<StoredFindingJson>));

    public static string Write(IReadOnlyList<StoredFinding> findings)
    {
        var items = new List<StoredFindingJson>(findings.Count);
        foreach (var (unitCode, f) in findings)
        {
            items.Add(new StoredFindingJson(
                unitCode, f.RuleCode, f.Reference, f.RuleVersion, f.RuleSet, f.RuleSetVersion, f.Category, f.Severity, f.Outcome,
                f.NameZh, f.MessageZh, f.MessageEn, f.Facts.Count == 0 ? null : [.. f.Facts.Select(v => new FactJson(v.Name, v.Value))], f.Error));
        }

        return JsonSerializer.Serialize(items, List);
    }

    public static IReadOnlyList<StoredFinding> Read(string json, Guid runId)
    {
        var items = JsonSerializer.Deserialize(json, List)
            ?? throw new InvalidOperationException($"review run {runId}: stored findings are empty");
        return [.. items.Select(i => new StoredFinding(i.UnitCode, new RuleFinding
        {
            RuleCode = i.RuleCode,
            Reference = i.Reference,
            RuleVersion = i.RuleVersion,
            RuleSet = i.RuleSet,
            RuleSetVersion = i.RuleSetVersion,
            Category = i.Category,
            Severity = i.Severity,
            Outcome = i.Outcome,
            NameZh = i.NameZh,
            MessageZh = i.MessageZh,
            MessageEn = i.MessageEn,
            Facts = i.Facts is null ? [] : [.. i.Facts.Select(v => new FactValue(v.Name, v.Value))],
            Error = i.Error,
        }))];
    }
}

/// <summary>One finding as stored (the column's own shape, so renaming a domain property does not change stored text).</summary>
internal sealed record StoredFindingJson(
    string UnitCode,
    string RuleCode,
    string Reference,
    int RuleVersion,
    string RuleSet,
    int RuleSetVersion,
    string Category,
    RuleSeverity Severity,
    RuleOutcome Outcome,
    string NameZh,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MessageZh,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MessageEn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<FactJson>? Facts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);

/// <summary>A named fact value as stored.</summary>
internal sealed record FactJson(string Name, string? Value);

[JsonSourceGenerationOptions(JsonSerializerDefaults.General, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<StoredFindingJson>))]
internal sealed partial class FindingsJsonContext : JsonSerializerContext;
