using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;
using Registry.Rules.Compilation;

namespace Registry.Rules.Evaluation;

/// <summary>
/// Loads our rule-set files into Microsoft RulesEngine unchanged (they are RulesEngine Workflow JSON) with the same
/// custom types, so the format stays RulesEngine's and parity can be tested and benchmarked against our compiled path.
/// </summary>
internal static class RulesEngineInterop
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Workflow ToWorkflow(string json) =>
        JsonSerializer.Deserialize<Workflow>(json, Options) ?? throw new InvalidOperationException("Empty rule set.");

    public static global::RulesEngine.RulesEngine CreateEngine(IEnumerable<string> jsons) =>
        new([.. jsons.Select(ToWorkflow)], new ReSettings { CustomTypes = ExpressionParsing.CustomTypes });

    public static RuleParameter[] Parameters(object facts, MaterialsChecklist materials) =>
        [new RuleParameter(ExpressionParsing.FactsParameter, facts), new RuleParameter(ExpressionParsing.MaterialsParameter, materials)];
}
