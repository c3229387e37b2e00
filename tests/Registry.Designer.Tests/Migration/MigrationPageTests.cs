using System.Collections.Immutable;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Designer;
using Registry.Application.Migration;
using Registry.Application.Security;
using Registry.Designer.Migration;
using Registry.Designer.Tests.Components;
using Registry.Workflows.Runtime;
using static Registry.Designer.Tests.DesignerDatabase;

namespace Registry.Designer.Tests.Migration;

/// <summary>
/// The migration page over the real designer (versions and running counts from the database) and a recording migration
/// service (the service itself runs on the product in the Application tests): the plan it sends carries the hand mapping,
/// a changed mapping voids the dry run, only the picked cases are moved, and progress and reasons show in Chinese.
/// </summary>
public sealed class MigrationPageTests : DesignerComponentTest
{
    private readonly RecordingMigration _migration = new();

    [Fact]
    public async Task Plan_DryRun_PickOne_Execute_ShowsProgressAndReasons_AndSendsTheHandMapping()
    {
        await TwoVersionsWithRunningCasesAsync();
        SignInAs("admin", RegistryRoles.BusinessAdmin);
        Services.AddSingleton<IInstanceMigration>(_migration);

        var page = Render<MigrationPage>(p => p.Add(x => x.DefinitionId, SampleId));
        page.WaitForElement("#migration-propose");
        Assert.Contains("v1（在办 2 件）", page.Find("#migration-source").TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.Find("#migration-target").GetAttribute("value"));

        page.Find("#migration-propose").Click();
        page.WaitForElement("tr.mapping[data-node='secondReview']");
        Assert.Contains("人工", page.Find("tr.mapping[data-node='firstReview']").TextContent, StringComparison.Ordinal);
        page.Find("tr.mapping[data-node='secondReview'] select.mapping-target").Change("secondCheck");
        page.Find("#migration-dry-run").Click();

        page.WaitForElement("tr.migration-row");
        Assert.Equal("secondCheck", _migration.Plans[^1].Mapping["secondReview"]);
        Assert.Equal("firstReview", _migration.Plans[^1].Mapping["firstReview"]);
        Assert.Contains("共 2 件：可迁移 1 件，不能迁移 1 件", page.Find("#migration-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains("案件已中止，须先恢复办理", page.Find("tr.migration-row.blocked .result").TextContent, StringComparison.Ordinal);
        Assert.Contains("执行迁移（1 件）", page.Find("#migration-execute").TextContent, StringComparison.Ordinal);

        // Changing the mapping voids the dry run until it is run again.
        page.Find("tr.mapping[data-node='firstReview'] select.mapping-target").Change(string.Empty);
        Assert.NotNull(page.Find("#migration-stale"));
        Assert.True(page.Find("#migration-execute").HasAttribute("disabled"));
        page.Find("tr.mapping[data-node='firstReview'] select.mapping-target").Change("firstReview");
        page.Find("#migration-dry-run").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#migration-stale")));

        page.Find("#migration-execute").Click();
        page.WaitForAssertion(() => Assert.Contains("迁移完成：迁移 1 件，未迁移 0 件", page.Find("#migration-done").TextContent, StringComparison.Ordinal));
        Assert.Equal([_migration.Movable], _migration.Executed);
        Assert.Contains("已处理 1 / 1 件，已迁移 1 件", page.Find("#migration-progress").TextContent, StringComparison.Ordinal);
        Assert.Equal("已迁移", page.Find("tr.migration-row.movable .result").TextContent);
        Assert.DoesNotMatch("[A-Za-z]{5,}", page.Find("#migration-rows tbody").TextContent);
    }

    [Fact]
    public async Task AReviewer_IsToldInChinese_ThatOnlyABusinessAdminMayMigrate()
    {
        await TwoVersionsWithRunningCasesAsync();
        SignInAs("reviewer1", RegistryRoles.FirstReview);
        Services.AddSingleton<IInstanceMigration>(_migration);

        var page = Render<MigrationPage>(p => p.Add(x => x.DefinitionId, SampleId));

        page.WaitForAssertion(() => Assert.Contains("只有业务管理员", page.Find("#migration-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#migration-propose"));
    }

    /// <summary>Two running instances of the sample's v1 and a published v2.</summary>
    private async Task TwoVersionsWithRunningCasesAsync()
    {
        var host = Db.NewHost();
        var runtime = host.GetRequiredService<IWorkflowRuntime>();
        await runtime.StartAsync(new StartRequest(SampleId, "acceptor", "T-1"));
        await runtime.StartAsync(new StartRequest(SampleId, "acceptor", "T-2"));
        var designer = host.GetRequiredService<IWorkflowDesigner>();
        await designer.CreateDraftAsync(Admin, SampleId, 1);
        await designer.PublishAsync(Admin, SampleId, 2);
    }

    /// <summary>Answers as the real service would for the sample; records the plans and ids it is given.</summary>
    private sealed class RecordingMigration : IInstanceMigration
    {
        public Guid Movable { get; } = Guid.NewGuid();

        public Guid Suspended { get; } = Guid.NewGuid();

        public List<MigrationPlan> Plans { get; } = [];

        public List<Guid> Executed { get; } = [];

        public Task<MigrationProposal> ProposeAsync(DesignerUser user, string definitionId, int sourceVersion, int targetVersion, CancellationToken cancellationToken = default)
        {
            Authorize(user);
            MigrationTargetNode[] tasks = [new("firstReview", "初审", "humanTask"), new("secondCheck", "复审", "humanTask")];
            return Task.FromResult(new MigrationProposal(definitionId, sourceVersion, targetVersion,
                [new MigrationNodeRow("firstReview", "初审", "humanTask", 1, "firstReview", tasks), new MigrationNodeRow("secondReview", "复审", "humanTask", 1, null, tasks)], 2));
        }

        public Task<IReadOnlyList<MigrationDryRunRow>> DryRunAsync(DesignerUser user, MigrationPlan plan, CancellationToken cancellationToken = default)
        {
            Authorize(user);
            Plans.Add(plan);
            return Task.FromResult<IReadOnlyList<MigrationDryRunRow>>(
            [
                new(Movable, "34012120261123000001", ["复审"], [plan.Mapping.GetValueOrDefault("secondReview") is null ? string.Empty : "复审"], plan.Mapping.ContainsKey("secondReview") ? MigrationBlock.None : MigrationBlock.Unmapped, "复审", null),
                new(Suspended, "34012120261123000002", ["初审"], [], MigrationBlock.Suspended, null, null),
            ]);
        }

        public Task<IReadOnlyList<MigrationOutcome>> ExecuteAsync(DesignerUser user, MigrationPlan plan, IReadOnlyList<Guid> instanceIds, IProgress<MigrationProgress>? progress = null, int batchSize = 20, CancellationToken cancellationToken = default)
        {
            Authorize(user);
            Executed.AddRange(instanceIds);
            progress?.Report(new MigrationProgress(instanceIds.Count, instanceIds.Count, instanceIds.Count));
            return Task.FromResult<IReadOnlyList<MigrationOutcome>>([.. instanceIds.Select(id => new MigrationOutcome(id, string.Empty, true, MigrationBlock.None, null))]);
        }

        private static void Authorize(DesignerUser user)
        {
            if (!user.IsBusinessAdmin)
            {
                throw new MigrationAccessDeniedException(user.Name);
            }
        }
    }
}
