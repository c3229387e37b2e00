using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Register;
using Registry.Application.Review;
using Registry.Domain.Codes;
using Registry.Workflows.Definitions;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Review;

/// <summary>The shipped resale workflow running on the engine with the case rule-set runner as its rule-check port.</summary>
public sealed class EngineRuleCheckTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Theory]
    [InlineData(false, "tradeCheck")]
    [InlineData(true, "firstReview")]
    public async Task ResaleWorkflow_AfterAcceptance_AutoApprovesCleanCaseAndRoutesSeizedCaseToExaminer(bool seized, string expectedNode)
    {
        var runtime = await PublishedRuntimeAsync();
        var number = await DemoCaseAsync(seized);

        var instance = await runtime.StartAsync(new StartRequest("house-transfer-resale", "受理员01", number));
        var acceptance = Assert.Single(instance.OpenBookmarks);
        instance = await runtime.CompleteTaskAsync(instance.Id, acceptance.Id, new TaskDecision("受理员01", "approve", Inputs: ImmutableDictionary<string, string>.Empty.Add("autoEligible", "true")));

        Assert.Contains(expectedNode, instance.CurrentNodeIds);
        var runs = await demo.Services.GetRequiredService<IReviewRunStore>().ListForCaseAsync(number);
        Assert.Contains(runs, r => r.RequestName == "house-transfer-resale.intake");
        Assert.Equal(!seized, runs.Any(r => r.AutoApproved == true));
    }

    private async Task<IWorkflowRuntime> PublishedRuntimeAsync()
    {
        var store = demo.Services.GetRequiredService<IWorkflowDefinitionStore>();
        var publisher = demo.Services.GetRequiredService<IWorkflowDefinitionPublisher>();
        var json = demo.Services.GetRequiredService<WorkflowDefinitionJson>();
        var definition = await json.ReadFileAsync(Path.Combine(DemoDatabase.WorkflowsDirectory, "house-transfer-resale.json"));
        if (await store.FindAsync(definition.Id, definition.Version) is null)
        {
            await publisher.SaveDraftAsync(definition);
            await publisher.PublishAsync(definition.Id, definition.Version);
        }

        return demo.Services.GetRequiredService<IWorkflowRuntime>();
    }

    private async Task<string> DemoCaseAsync(bool seized)
    {
        var cases = demo.Services.GetRequiredService<ICaseRepository>();
        var runs = demo.Services.GetRequiredService<IReviewRunStore>();
        await using var scope = demo.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();

        // The last demo open case of the wanted kind, so the proof tests' cases stay untouched.
        string? found = null;
        for (var sequence = 900_001; sequence < 900_100; sequence++)
        {
            var c = await cases.FindAsync(CaseNumber.Create("340121", demo.Today, sequence));
            if (c is null)
            {
                break;
            }

            var isSeized = (await register.FindAsync(c.Units[0]))!.Current.ActiveSeizure is not null;
            if (isSeized == seized && (await runs.ListForCaseAsync(c.Number.Value)).Count == 0)
            {
                found = c.Number.Value;
            }
        }

        return found ?? throw new InvalidOperationException("no demo case left");
    }
}
