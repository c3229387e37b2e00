using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Worklist;
using Registry.Workflows;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Worklist;

public sealed class WorklistEventsTests
{
    [Fact]
    public void AddRegistryWorklist_WrapsTheRuntimeOnce()
    {
        var services = new ServiceCollection().AddRegistryWorkflows();

        services.AddRegistryWorklist().AddRegistryWorklist();

        Assert.Single(services, d => d.ServiceType == typeof(IWorklistEvents));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<WorklistEventsRuntime>(provider.GetRequiredService<IWorkflowRuntime>());
    }

    [Fact]
    public void Raise_ReachesEverySubscriber_EvenAfterOneFails()
    {
        var events = new InProcessWorklistEvents();
        var seen = new List<WorklistChange>();
        events.Changed += _ => throw new InvalidOperationException("a closed circuit");
        events.Changed += seen.Add;
        var change = new WorklistChange(WorklistChangeKind.Claimed, Guid.NewGuid(), "34012120261123000001", "reviewer1");

        events.Raise(change);

        Assert.Equal([change], seen);
    }

    [Fact]
    public async Task AFailedClaim_RaisesNothing()
    {
        var events = new InProcessWorklistEvents();
        var seen = new List<WorklistChange>();
        events.Changed += seen.Add;
        using var provider = new ServiceCollection().AddRegistryWorkflows().BuildServiceProvider();
        var runtime = new WorklistEventsRuntime(provider.GetRequiredService<IWorkflowRuntime>(), events);

        await Assert.ThrowsAnyAsync<Exception>(() => runtime.ClaimTaskAsync(Guid.NewGuid(), "missing", "reviewer1"));

        Assert.Empty(seen);
    }
}
