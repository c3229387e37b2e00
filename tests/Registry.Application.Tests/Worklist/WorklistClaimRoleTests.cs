using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Worklist;

/// <summary>
/// Claiming (签收) is checked against the task's role by the worklist service itself, on the demo county after first run:
/// its open resale cases wait for first review.
/// </summary>
public sealed class WorklistClaimRoleTests() : ComposedRegistry("claim-role")
{
    private async Task<WorklistItem> AFirstReviewTaskAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IWorklist>()
            .GetAsync(new WorklistQuery(WorklistView.Group), "reviewer1", [RegistryRoles.FirstReview]);
        return page.Items.First(i => i.Role == RegistryRoles.FirstReview && i.TaskId.Length > 0);
    }

    private async Task<Bookmark> TaskAsync(WorklistItem item)
    {
        var instance = await Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(item.InstanceId);
        return instance!.OpenBookmarks.Single(b => b.Id == item.TaskId);
    }

    private async Task ClaimAsync(WorklistItem item, string user, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorklist>().ClaimAsync(item.InstanceId, item.TaskId, user, roles);
    }

    [Fact]
    public async Task AnInspector_ClaimingAFirstReviewTask_IsRefusedNamingTheTaskAndRole_AndTheTaskStaysUnclaimed()
    {
        var item = await AFirstReviewTaskAsync();

        var refused = await Assert.ThrowsAsync<ClaimNotAllowedException>(() => ClaimAsync(item, "inspector", RegistryRoles.QualityInspector));

        Assert.Equal((item.CaseNumber, item.Step, RegistryRoles.FirstReview), (refused.CaseNumber, refused.TaskName, refused.Role));
        var task = await TaskAsync(item);
        Assert.Null(task.Assignee);
        Assert.Null(task.ClaimedAt);
    }

    [Fact]
    public async Task SomeoneWithNoRolesAtAll_IsRefusedToo()
    {
        var item = await AFirstReviewTaskAsync();

        await Assert.ThrowsAsync<ClaimNotAllowedException>(() => ClaimAsync(item, "stranger"));

        Assert.Null((await TaskAsync(item)).Assignee);
    }

    [Fact]
    public async Task AReviewerOfAnotherStep_IsRefused_WhileTheFirstReviewerClaimsIt()
    {
        var item = await AFirstReviewTaskAsync();

        await Assert.ThrowsAsync<ClaimNotAllowedException>(() => ClaimAsync(item, "approver", RegistryRoles.Approver));
        await ClaimAsync(item, "reviewer1", RegistryRoles.FirstReview);

        Assert.Equal("reviewer1", (await TaskAsync(item)).Assignee);
    }
}
