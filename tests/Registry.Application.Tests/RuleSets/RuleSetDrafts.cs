using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.RuleSets;
using Registry.Application.Security;

namespace Registry.Application.Tests.RuleSets;

/// <summary>Helpers that edit a published rule-set document the way the designer's form does.</summary>
internal static class RuleSetDrafts
{
    public static readonly DesignerUser Admin = new("admin", [RegistryRoles.BusinessAdmin]);
    public static readonly DesignerUser Admin2 = new("admin2", [RegistryRoles.BusinessAdmin]);

    public static async Task<RuleSetVersionRecord> LatestContainingAsync(IServiceProvider services, string ruleCode)
    {
        await using var scope = services.CreateAsyncScope();
        var publishing = scope.ServiceProvider.GetRequiredService<IRuleSetPublishing>();
        var all = await publishing.ListAsync(Admin);
        return all.Single(r => r.Rules.Any(x => x.RuleCode == ruleCode));
    }

    /// <summary>The document with <paramref name="edit"/> applied to the rule's object.</summary>
    public static string Edit(string document, string ruleCode, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        var rule = root["Rules"]!.AsArray().OfType<JsonObject>().Single(r => (string?)r["RuleName"] == ruleCode);
        edit(rule);
        return root.ToJsonString();
    }

    public static JsonObject Properties(JsonObject rule) => rule["Properties"]!.AsObject();

    public static async Task<T> WithScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
