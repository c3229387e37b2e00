using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Migration;
using Registry.Application.Security;
using Registry.Application.Tests.Transactions;
using Registry.Domain.Cases;
using Registry.Workflows.Definitions;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Migration;

/// <summary>
/// Migration of running cases on the product's composition and a real database: v2 of the resale's workflow adds 复核
/// and renames 复审's node; the by-id plan cannot move a case waiting at 复审, the plan with 复审 mapped by hand can; a
/// suspended case is listed with its reason and left; each moved case is journaled with the admin and the plan and then
/// runs on the new version (through 复核).
/// </summary>
public sealed class MigrationTests() : CaseCommandRegistry("migration")
{
    private const string Definition = "catalogue-combined";
    private static readonly DesignerUser Admin = new("admin", [RegistryRoles.BusinessAdmin]);

    [Fact]
    public async Task DryRun_ListsEveryRunningCase_WhereItLands_OrWhyNot_AndWritesNothing()
    {
        var (atFirst, atSecond, suspended) = await ThreeCasesAsync();
        var source = (await InstanceAsync(atFirst)).DefinitionVersion;
        var target = await PublishV2Async(source);

        await using var scope = Services.CreateAsyncScope();
        var migration = scope.ServiceProvider.GetRequiredService<IInstanceMigration>();
        var proposal = await migration.ProposeAsync(Admin, Definition, source, target);
        var second = Assert.Single(proposal.Nodes, n => n.NodeId == "secondReview");
        Assert.Null(second.ById);
        Assert.Equal(1, second.Waiting);
        Assert.Contains(second.Choices, c => c.NodeId == "secondCheck");
        Assert.Equal("firstReview", Assert.Single(proposal.Nodes, n => n.NodeId == "firstReview").ById);
        Assert.Equal(3, proposal.Unended);

        var byId = await migration.DryRunAsync(Admin, proposal.ById());
        Assert.Equal(3, byId.Count);
        Assert.Equal(["初审"], Row(byId, atFirst).To);
        Assert.Equal((MigrationBlock.Unmapped, "复审"), (Row(byId, atSecond).Block, Row(byId, atSecond).BlockedAt));
        Assert.Equal(MigrationBlock.Suspended, Row(byId, suspended).Block);

        var byHand = await migration.DryRunAsync(Admin, WithSecondMapped(proposal));
        Assert.True(Row(byHand, atSecond).CanMove);
        Assert.Contains("复审", Row(byHand, atSecond).To);

        Assert.Equal(source, (await InstanceAsync(atSecond)).DefinitionVersion);
        Assert.DoesNotContain(await JournalAsync(atFirst), e => e.Action == JournalAction.Migrated);
    }

    [Fact]
    public async Task Execute_MovesEachCaseInItsOwnCommand_JournalsAdminAndPlan_AndTheCaseRunsOnTheNewVersion()
    {
        var (atFirst, atSecond, suspended) = await ThreeCasesAsync();
        var source = (await InstanceAsync(atFirst)).DefinitionVersion;
        var target = await PublishV2Async(source);
        var reports = new List<MigrationProgress>();

        IReadOnlyList<MigrationOutcome> outcomes;
        await using (var scope = Services.CreateAsyncScope())
        {
            var migration = scope.ServiceProvider.GetRequiredService<IInstanceMigration>();
            var plan = WithSecondMapped(await migration.ProposeAsync(Admin, Definition, source, target));
            var dryRun = await migration.DryRunAsync(Admin, plan);
            outcomes = await migration.ExecuteAsync(Admin, plan, [.. dryRun.Select(r => r.InstanceId)], new SyncProgress(reports), batchSize: 2);
        }

        Assert.Equal(2, outcomes.Count(o => o.Moved));
        Assert.Equal(MigrationBlock.Suspended, Assert.Single(outcomes, o => !o.Moved).Block);
        // Oldest first: 初审, 复审 (both move) in the first batch, the suspended one in the second.
        Assert.Equal([(2, 3, 2), (3, 3, 2)], reports.Select(r => (r.Done, r.Total, r.Moved)));

        var moved = await InstanceAsync(atSecond);
        Assert.Equal((Definition, target), (moved.DefinitionId, moved.DefinitionVersion));
        Assert.Contains(moved.OpenBookmarks, b => b.NodeId == "secondCheck" && b.Kind == BookmarkKind.HumanTask);
        var entry = Assert.Single(await JournalAsync(atSecond), e => e.Action == JournalAction.Migrated);
        Assert.Equal("admin", entry.Actor);
        Assert.Contains($"{Definition} v{source}→v{target}", entry.Opinion, StringComparison.Ordinal);
        Assert.Contains("secondReview→secondCheck", entry.Opinion, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.UnderReview, (await CaseAsync(atSecond)).Status);
        Assert.Equal(source, (await InstanceAsync(suspended)).DefinitionVersion);

        // The moved case goes on under v2: past 复审 it meets 复核 before 核定.
        await DriveToAsync(atSecond, "recheck");
        Assert.Equal("复核", Assert.Single((await InstanceAsync(atSecond)).OpenBookmarks).NodeName);
    }

    [Fact]
    public async Task Execute_LeavesAnInstanceThatMovedOnSinceTheDryRun_AndRefusesAnyoneButTheBusinessAdmin()
    {
        var (atFirst, _, _) = await ThreeCasesAsync();
        var source = (await InstanceAsync(atFirst)).DefinitionVersion;
        var target = await PublishV2Async(source);
        await using var scope = Services.CreateAsyncScope();
        var migration = scope.ServiceProvider.GetRequiredService<IInstanceMigration>();
        var plan = (await migration.ProposeAsync(Admin, Definition, source, target)).ById();
        var id = (await InstanceAsync(atFirst)).Id;

        var reviewer = new DesignerUser("reviewer1", [RegistryRoles.FirstReview]);
        await Assert.ThrowsAsync<MigrationAccessDeniedException>(() => migration.DryRunAsync(reviewer, plan));
        await Assert.ThrowsAsync<MigrationAccessDeniedException>(() => migration.ExecuteAsync(reviewer, plan, [id]));

        await migration.ExecuteAsync(Admin, plan, [id]);
        var again = Assert.Single(await migration.ExecuteAsync(Admin, plan, [id]));
        Assert.Equal(MigrationBlock.NoLongerOnSource, again.Block);
        Assert.Single(await JournalAsync(atFirst), e => e.Action == JournalAction.Migrated);
    }

    /// <summary>One case waiting at 初审, one at 复审 (and the tax wait), one suspended at 初审.</summary>
    private async Task<(string AtFirst, string AtSecond, string Suspended)> ThreeCasesAsync()
    {
        var atFirst = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(atFirst, "firstReview");
        var atSecond = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(atSecond, "secondReview");
        var suspended = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(suspended, "firstReview");
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SuspendAsync((await InstanceAsync(suspended)).Id, "reviewer1", "COURT", "等待法院裁定");
        return (atFirst, atSecond, suspended);
    }

    /// <summary>v2: 复核 between the join and 核定, and 复审's node renamed (so only a hand mapping finds it).</summary>
    private async Task<int> PublishV2Async(int from)
    {
        await using var scope = Services.CreateAsyncScope();
        var designer = scope.ServiceProvider.GetRequiredService<IWorkflowDesigner>();
        var draft = await designer.CreateDraftAsync(Admin, Definition, from);
        var inputs = ImmutableDictionary<string, JsonElement>.Empty
            .Add("role", JsonSerializer.SerializeToElement(RegistryRoles.SecondReview))
            .Add("outcomes", JsonSerializer.SerializeToElement(new[] { Outcomes.Approve, Outcomes.Return }));
        var recheck = new NodeDefinition("recheck", ActivityKinds.HumanTask, new LocalizedText("复核", "Re-check"), inputs);
        string Rename(string id) => id == "secondReview" ? "secondCheck" : id;
        var transitions = draft.Transitions
            .Select(t => t with { From = Rename(t.From), To = t.From == "join" && t.To == "approval" ? "recheck" : Rename(t.To) })
            .Append(new TransitionDefinition("recheck", "approval", Outcomes.Approve))
            .Append(new TransitionDefinition("recheck", "secondCheck", Outcomes.Return));
        var v2 = draft with
        {
            Nodes = [.. draft.Nodes.Select(n => n with { Id = Rename(n.Id) }), recheck],
            Transitions = [.. transitions],
        };
        var saved = await designer.SaveDraftAsync(Admin, Definition, draft.Version, WorkflowDefinitionJson.Write(v2));
        Assert.True(saved.Saved, string.Join("\n", saved.Issues));
        await designer.PublishAsync(Admin, Definition, draft.Version);
        return draft.Version;
    }

    private static MigrationPlan WithSecondMapped(MigrationProposal proposal)
    {
        var plan = proposal.ById();
        return plan with { Mapping = plan.Mapping.SetItem("secondReview", "secondCheck") };
    }

    private static MigrationDryRunRow Row(IReadOnlyList<MigrationDryRunRow> rows, string caseNumber) => Assert.Single(rows, r => r.CaseNumber == caseNumber);

    private async Task<IReadOnlyList<JournalEntry>> JournalAsync(string caseNumber)
    {
        var id = (await InstanceAsync(caseNumber)).Id;
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(id);
    }

    /// <summary>Records reports as they are made (Progress&lt;T&gt; would post them later on the thread pool).</summary>
    private sealed class SyncProgress(List<MigrationProgress> reports) : IProgress<MigrationProgress>
    {
        public void Report(MigrationProgress value) => reports.Add(value);
    }
}
