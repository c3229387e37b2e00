using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Worklist;

/// <summary>
/// 取下一件 on the demo county after first run (its open resale cases wait for first review): callers pressing it at the
/// same moment are each handed a different task, nobody gets a task of another role, and an empty queue gives nothing.
/// Runs on SQLite and, in the PostgreSQL pass, on PostgreSQL (where concurrent callers skip each other's locked rows).
/// </summary>
public sealed class WorklistClaimNextTests() : ComposedRegistry("claim-next")
{
    private async Task<IReadOnlyList<WorklistItem>> GroupQueueAsync(string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<IWorklist>().GetAsync(new WorklistQuery(WorklistView.Group, PageSize: 100), "someone", [role]);
        return [.. page.Items.Where(i => i.TaskId.Length > 0 && i.Assignee is null)];
    }

    private async Task<ClaimableTask?> ClaimNextAsync(string user, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorklist>().ClaimNextAsync(user, roles);
    }

    [Fact]
    public async Task PeoplePressingAtOnce_AreHandedDifferentTasks_UntilTheQueueIsEmpty()
    {
        var queue = await GroupQueueAsync(RegistryRoles.FirstReview);
        Assert.True(queue.Count >= 5, $"the demo county should have first-review tasks waiting, found {queue.Count}");

        var callers = Enumerable.Range(1, queue.Count + 3).Select(i => $"reviewer-{i}").ToList();
        var claimed = await Task.WhenAll(callers.Select(user => Task.Run(() => ClaimNextAsync(user, RegistryRoles.FirstReview))));

        var got = claimed.Where(c => c is not null).Select(c => c!).ToList();
        Assert.Equal(queue.Count, got.Count);
        Assert.Equal(got.Count, got.Select(c => (c.InstanceId, c.TaskId)).Distinct().Count());
        Assert.Equal(queue.Select(i => i.CaseNumber).Order(StringComparer.Ordinal), got.Select(c => c.CaseNumber).Order(StringComparer.Ordinal));
        var store = Services.GetRequiredService<IWorkflowInstanceStore>();
        for (var i = 0; i < callers.Count; i++)
        {
            if (claimed[i] is { } task)
            {
                var instance = await store.FindAsync(task.InstanceId);
                Assert.Equal(callers[i], instance!.OpenBookmarks.Single(b => b.Id == task.TaskId).Assignee);
            }
        }

        Assert.Empty(await GroupQueueAsync(RegistryRoles.FirstReview));
        Assert.Null(await ClaimNextAsync("reviewer-late", RegistryRoles.FirstReview));
    }

    [Fact]
    public async Task SomeoneWithoutTheStepsRole_IsHandedNothing_AndNothingIsClaimed()
    {
        var before = await GroupQueueAsync(RegistryRoles.FirstReview);

        Assert.Null(await ClaimNextAsync("inspector", RegistryRoles.QualityInspector));
        Assert.Null(await ClaimNextAsync("stranger"));

        Assert.Equal(before.Count, (await GroupQueueAsync(RegistryRoles.FirstReview)).Count);
    }

    [Fact]
    public async Task TheTaskThatWaitedLongest_IsHandedFirst()
    {
        var queue = await GroupQueueAsync(RegistryRoles.FirstReview);
        var oldest = queue.Min(i => i.WaitingSince);

        var first = await ClaimNextAsync("reviewer1", RegistryRoles.FirstReview);

        Assert.Equal(oldest, queue.Single(i => i.InstanceId == first!.InstanceId && i.TaskId == first.TaskId).WaitingSince);
    }
}
