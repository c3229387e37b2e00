using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Security;
using Registry.Application.Tests.Transactions;
using Registry.Workflows.Definitions;

namespace Registry.Application.Tests.Designer;

/// <summary>
/// A workflow per type, live, on the product's composition and a real SQLite file: the catalogue seeds the bindings on first
/// run; an admin copies the type's workflow, adds 复核 between the join and 核定, publishes and binds the type to it; the next
/// case passes through 复核 with no restart, while a case accepted before stays on its definition and version.
/// </summary>
public sealed class WorkflowBindingLiveTests() : CaseCommandRegistry("bindings")
{
    private static readonly DesignerUser Admin = new("admin", [RegistryRoles.BusinessAdmin]);

    [Fact]
    public async Task FirstRun_SeedsEveryTypesBindingFromTheCatalogue()
    {
        var stored = await Services.GetRequiredService<IBusinessTypeWorkflowStore>().ListAsync();

        Assert.Equal(91, stored.Count);
        var resale = Assert.Single(stored, b => b.BusinessType == "HouseTransferResale");
        Assert.Equal(("catalogue-combined", "catalogue"), (resale.DefinitionId, resale.BoundBy));
        Assert.Equal(0, await Services.GetRequiredService<IBusinessTypeWorkflows>().SeedFromCatalogueAsync());
    }

    [Fact]
    public async Task Binding_AppliesToTheNextCaseWithoutRestart_AndLeavesTheRunningCaseOnItsVersion()
    {
        var running = await AcceptTransferAsync(await AddUnitAsync());
        var before = await InstanceAsync(running);
        Assert.Equal("catalogue-combined", before.DefinitionId);

        await using (var scope = Services.CreateAsyncScope())
        {
            var bindings = scope.ServiceProvider.GetRequiredService<IWorkflowBindingDesigner>();
            var designer = scope.ServiceProvider.GetRequiredService<IWorkflowDesigner>();
            var draft = await bindings.CreateDefinitionAsync(Admin, new NewDefinitionRequest("resale-recheck", "存量房转移（含复核）", "Resale with re-check", "catalogue-combined"));
            var saved = await designer.SaveDraftAsync(Admin, draft.Id, 1, WorkflowDefinitionJson.Write(WithRecheck(draft)));
            Assert.True(saved.Saved, string.Join("\n", saved.Issues));
            Assert.Empty(saved.Issues);
            await designer.PublishAsync(Admin, draft.Id, 1);
            await bindings.BindAsync(Admin, "HouseTransferResale", "resale-recheck");
        }

        var next = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(next, "recheck");
        await DriveToAsync(running, "approval");

        var fresh = await InstanceAsync(next);
        Assert.Equal(("resale-recheck", 1), (fresh.DefinitionId, fresh.DefinitionVersion));
        Assert.Equal("复核", Assert.Single(fresh.OpenBookmarks).NodeName);
        var old = await InstanceAsync(running);
        Assert.Equal((before.DefinitionId, before.DefinitionVersion), (old.DefinitionId, old.DefinitionVersion));
        Assert.DoesNotContain(old.VisitedTasks, t => t == "recheck");
        Assert.Equal("approval", Assert.Single(old.OpenBookmarks).NodeId);
    }

    /// <summary>The copy with 复核 (re-check, by the second-review role) between the join and 核定.</summary>
    private static WorkflowDefinition WithRecheck(WorkflowDefinition draft)
    {
        var inputs = ImmutableDictionary<string, JsonElement>.Empty
            .Add("role", JsonSerializer.SerializeToElement(RegistryRoles.SecondReview))
            .Add("outcomes", JsonSerializer.SerializeToElement(new[] { Outcomes.Approve, Outcomes.Return }));
        var recheck = new NodeDefinition("recheck", ActivityKinds.HumanTask, new LocalizedText("复核", "Re-check"), inputs);
        var transitions = draft.Transitions
            .Select(t => t.From == "join" && t.To == "approval" ? t with { To = "recheck" } : t)
            .Append(new TransitionDefinition("recheck", "approval", Outcomes.Approve))
            .Append(new TransitionDefinition("recheck", "secondReview", Outcomes.Return));
        return draft with { Nodes = draft.Nodes.Add(recheck), Transitions = [.. transitions] };
    }
}
