using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Review;
using Registry.Application.Security;
using Registry.Composition;
using Registry.Domain;
using Registry.Persistence.Demo;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.CaseFile;

/// <summary>
/// The case file read model on a real SQLite file holding the demo county after first run (the same composition the web
/// host uses), where the demo's open resale cases wait for first review.
/// </summary>
public sealed class CaseFileQueryTests() : ComposedRegistry("casefile")
{
    private async Task<string> AnOpenResaleCaseAsync() =>
        (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;

    private async Task<Registry.Application.CaseFile.CaseFile> ReadAsync(string caseNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(caseNumber)
            ?? throw new InvalidOperationException($"case {caseNumber} not found");
    }

    [Fact]
    public async Task AnOpenCase_ShowsPartiesUnitsMaterialsFindingsWorkflowJournalAndDeadline()
    {
        var number = await AnOpenResaleCaseAsync();

        var file = await ReadAsync(number);

        Assert.Equal(number, file.Case.CaseNumber);
        Assert.Equal("HouseTransferResale", file.Case.BusinessType);
        Assert.NotEqual(file.Case.BusinessType, file.Case.BusinessTypeZh);
        Assert.Contains(file.Parties, p => p.Role == "Transferor");
        Assert.Contains(file.Parties, p => p.Role == "Transferee");

        var unit = Assert.Single(file.Units);
        Assert.NotNull(unit.Register);
        Assert.Equal(unit.Register!.Mortgages.Select(m => m.Priority).Order(), unit.Register.Mortgages.Select(m => m.Priority));
        // The seller named in the case holds the unit in the register.
        var sellers = file.Parties.Where(p => p.Role == "Transferor").Select(p => p.Name).ToHashSet();
        Assert.Contains(unit.Register.Ownerships.SelectMany(o => o.Holders), h => sellers.Contains(h.Name));

        Assert.NotEmpty(file.Materials.Checklist);
        Assert.All(file.Materials.Checklist, i => Assert.False(string.IsNullOrEmpty(i.NameZh)));
        var received = file.Materials.Received.Select(m => m.Code).ToHashSet();
        Assert.All(file.Materials.Missing, i => Assert.DoesNotContain(i.Code.Split('|'), received.Contains));

        Assert.NotNull(file.Findings);
        var severities = file.Findings!.Groups.Select(g => g.Severity).ToList();
        Assert.Equal(severities.OrderDescending(), severities);
        Assert.All(file.Findings.Groups.SelectMany(g => g.Findings), f => Assert.NotEqual(RuleOutcome.Pass, f.Outcome));
        Assert.All(file.Findings.Passed, f => Assert.Equal(RuleOutcome.Pass, f.Outcome));

        var workflow = Assert.IsType<CaseFileWorkflow>(file.Workflow);
        var current = Assert.Single(workflow.Nodes, n => n.IsCurrent);
        Assert.Equal("firstReview", current.Id);
        Assert.Contains("class n_firstReview current", workflow.Mermaid, StringComparison.Ordinal);
        Assert.Equal(RegistryRoles.FirstReview, Assert.Single(workflow.OpenTasks).Role);
        Assert.Contains(file.Journal, l => l.Action == "Completed" && l.NodeName == "受理" && l.Opinion == OpinionTemplates.AcceptanceOpinion);
        Assert.DoesNotContain(file.Journal, l => l.Action == "Activated");

        var deadline = Assert.IsType<CaseFileDeadline>(file.Deadline);
        Assert.True(deadline.RemainingWorkingDays >= 0);
        Assert.False(string.IsNullOrEmpty(deadline.TimeLimitCode));
    }

    [Fact]
    public async Task AfterFirstReview_TheFileShowsTheNextStepAndTheJournalLine_AndAStalePageGetsWhoDecided()
    {
        var number = await AnOpenResaleCaseAsync();
        var before = await ReadAsync(number);
        var task = Assert.Single(before.Workflow!.OpenTasks);

        await using (var scope = Services.CreateAsyncScope())
        {
            var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
            await decisions.DecideTaskAsync(number, "reviewer1", [RegistryRoles.FirstReview],
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "材料齐全，拟同意。" }, task.NodeId, task.TaskId);

            // The same page submitting again (a double click, or a second tab) names the task it showed: refused, with who.
            var again = await Assert.ThrowsAsync<TaskAlreadyCompletedException>(() => decisions.DecideTaskAsync(number, "reviewer1", [RegistryRoles.FirstReview],
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "材料齐全，拟同意。" }, task.NodeId, task.TaskId));
            Assert.Equal("reviewer1", again.Closed.ClosedBy);
        }

        var after = await ReadAsync(number);

        // The resale's workflow splits after first review: second review runs while the tax payment is awaited.
        var current = after.Workflow!.Nodes.Where(n => n.IsCurrent).Select(n => n.Id).ToList();
        Assert.Contains("secondReview", current);
        Assert.DoesNotContain("firstReview", current);
        Assert.True(after.Workflow.Nodes.Single(n => n.Id == "firstReview").Visited);
        var line = Assert.Single(after.Journal, l => l.Action == "Completed" && l.NodeName == "初审");
        Assert.Equal(("reviewer1", "approve", "材料齐全，拟同意。"), (line.Actor, line.Outcome, line.Opinion));
        Assert.Equal(1, after.Journal.Count(l => l.NodeName == "初审" && l.Action == "Completed"));
        Assert.Equal("UnderReview", after.Case.Status);

        // The drawn diagram traces the path from the journal: first review's approve transition, not its reject one, and
        // every traced transition runs from a done node to a done or current one.
        var transitions = after.Workflow.Transitions;
        Assert.Equal(after.Workflow.Nodes.Count > 0, transitions.Count > 0);
        Assert.Contains(transitions, t => t.From == "firstReview" && t.Outcome == "approve" && t.Taken);
        Assert.DoesNotContain(transitions, t => t.From == "firstReview" && t.Outcome == "reject" && t.Taken);
        Assert.DoesNotContain(before.Workflow.Transitions, t => t.From == "firstReview" && t.Taken);
        var states = after.Workflow.Nodes.ToDictionary(n => n.Id);
        Assert.All(transitions.Where(t => t.Taken), t =>
        {
            Assert.True(states[t.From].Visited, t.From);
            Assert.True(states[t.To].Visited || states[t.To].IsCurrent, t.To);
        });
        Assert.Equal("acceptance", after.Workflow.StartNodeId);
    }

    [Fact]
    public async Task SeparationOfDuties_IsReportedBeforeTheFormIsFilled()
    {
        var number = await AnOpenResaleCaseAsync();
        string[] both = [RegistryRoles.FirstReview, RegistryRoles.SecondReview];
        await using var scope = Services.CreateAsyncScope();
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        await decisions.DecideAsync(number, "examiner", both, new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "拟同意。" });

        var option = await decisions.FindOptionAsync(number, "examiner", both);

        Assert.Equal("secondReview", option!.Task.NodeId);
        Assert.StartsWith("审核分离", await decisions.SeparationOfDutiesViolationAsync(number, "examiner", option));
        await Assert.ThrowsAsync<DecisionNotAllowedException>(() => decisions.DecideTaskAsync(number, "examiner", both,
            new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, option.Task.NodeId, option.Task.Id));
    }

    [Fact]
    public async Task DeadlinesReadTogether_AreTheSameAsOneByOne_AndLeaveUntrackedCasesOut()
    {
        var open = (await Services.ListOpenCasesAsync()).Select(c => c.CaseNumber).Take(5).ToList();
        await using var scope = Services.CreateAsyncScope();
        var deadlines = scope.ServiceProvider.GetRequiredService<Registry.Application.Deadlines.ICaseDeadlineService>();

        var together = await deadlines.GetRemainingManyAsync([.. open, "34012120991231999999"]);

        Assert.Equal(open.Order(StringComparer.Ordinal), together.Keys.Order(StringComparer.Ordinal));
        foreach (var number in open)
        {
            Assert.Equal(await deadlines.GetRemainingAsync(number), together[number]);
        }
    }

    [Fact]
    public async Task UnknownOrMalformedNumbers_AreNullOrNamedErrors()
    {
        await using var scope = Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<ICaseFileQuery>();
        var number = await AnOpenResaleCaseAsync();
        var absent = number[..14] + "999999" + number[20..];

        Assert.Null(await query.FindAsync(absent));
        var error = await Assert.ThrowsAsync<DomainValidationException>(() => query.FindAsync("not-a-case"));
        Assert.Equal("caseNumber", error.Field);
    }
}
