using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Application.Transactions;
using Registry.Domain.Codes;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// A decision reads the workflow journal (separation of duties, return targets, who suspended): inside a case command
/// it is read from the database at most once, and the next command on a version this node committed reads none. What
/// a command gets must be exactly what the database holds — also when another node moved the instance in between.
/// </summary>
public abstract class JournalReadTests(string name, bool postgres) : CaseCommandRegistry(name, postgres), IDisposable
{
    private readonly SqlStatementCounter _sql = new();

    public void Dispose()
    {
        _sql.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task Decisions_AfterTheFirst_ReadNoJournal_AndGetWhatTheDatabaseHolds()
    {
        var number = await AcceptTransferAsync(await AddUnitAsync());

        // 初审 reads the journal once (nothing of this instance's journal is known yet) and commits it with the new rows.
        var first = await DecideCountedAsync(number, "firstReview", RegistryRoles.FirstReview, "reviewer1", DecisionKind.Approve);
        Assert.True(first["SELECT WorkflowJournal"] <= 1, $"初审 read the journal {first["SELECT WorkflowJournal"]} times: {first}");

        // 复审 (a return) and 初审 again: the journal this node committed is known, none is read.
        var second = await DecideCountedAsync(number, "secondReview", RegistryRoles.SecondReview, "reviewer2", DecisionKind.Return);
        Assert.True(second["SELECT WorkflowJournal"] == 0, $"复审 read the journal again: {second}");
        await AssertCommandSeesTheStoredJournalAsync(Services, number);
        var again = await DecideCountedAsync(number, "firstReview", RegistryRoles.FirstReview, "reviewer1", DecisionKind.Approve);
        Assert.True(again["SELECT WorkflowJournal"] == 0, $"初审 after the return read the journal: {again}");
        await AssertCommandSeesTheStoredJournalAsync(Services, number);

        // Another node moves the instance: this node's kept journal is of an older version and must not be used.
        await using (var nodeB = StartSecondNode())
        {
            await using var scope = nodeB.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, "reviewer2b", [RegistryRoles.SecondReview],
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, "secondReview");
        }

        var seen = await AssertCommandSeesTheStoredJournalAsync(Services, number);
        Assert.Contains(seen, e => e.Actor == "reviewer2b" && e.Action == JournalAction.Completed);

        // And a decision in a command follows that journal: reviewer2b decided 复审 on the other node, so may not 核定 here.
        await DriveToAsync(number, "approval");
        await using (var scope = Services.CreateAsyncScope())
        {
            var refused = await Assert.ThrowsAsync<DecisionNotAllowedException>(() => scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(
                number, "reviewer2b", [RegistryRoles.Approver], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, "approval"));
            Assert.Contains("reviewer2b", refused.Message + string.Join(" ", seen.Select(e => e.Actor)), StringComparison.Ordinal);
        }
    }

    private async Task<SqlStatementCounter.Snapshot> DecideCountedAsync(string number, string node, string role, string user, DecisionKind kind)
    {
        await using var scope = Services.CreateAsyncScope();
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        var decision = kind == DecisionKind.Return
            ? new DecisionRequest { Kind = kind, Opinion = "材料不齐，退回初审。", ReturnTo = "firstReview", ReasonCode = "MATERIALS-INCOMPLETE" }
            : new DecisionRequest { Kind = kind, Opinion = "同意。" };
        using (_sql.Count())
        {
            await decisions.DecideAsync(number, user, [role], decision, node);
        }

        return _sql.Take();
    }

    /// <summary>The journal a command gets (the instance loaded first, as a decision does) against a read outside any command.</summary>
    private static async Task<IReadOnlyList<JournalEntry>> AssertCommandSeesTheStoredJournalAsync(IServiceProvider services, string number)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var instanceId = (await provider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!.WorkflowInstanceId!.Value;
        var store = provider.GetRequiredService<IWorkflowInstanceStore>();
        var (instance, inCommand) = await provider.GetRequiredService<ICaseCommandTransaction>().RunAsync(async ct =>
        {
            var held = await store.FindAsync(instanceId, ct);
            return (held!, await store.ReadJournalAsync(instanceId, ct));
        });
        var stored = await store.ReadJournalAsync(instanceId);
        Assert.Equal(instance.JournalSequence, stored.Count);
        Assert.Equal(stored.Select(Text), inCommand.Select(Text));
        return stored;
    }

    private static string Text(JournalEntry e) =>
        $"{e.Sequence}|{e.At.UtcTicks}|{e.At.Offset}|{e.Action}|{e.NodeId}|{e.NodeName}|{e.Actor}|{e.Outcome}|{e.Opinion}|{e.RuleResultReference}|"
        + string.Join(";", e.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}

public sealed class SqliteJournalReadTests() : JournalReadTests("journal-read", postgres: false)
{
    [Fact]
    public Task Decisions_AfterTheFirst_ReadNoJournal() => Decisions_AfterTheFirst_ReadNoJournal_AndGetWhatTheDatabaseHolds();
}

public sealed class PostgresJournalReadTests() : JournalReadTests("journal-read-pg", postgres: TestDatabase.PostgresServer is not null)
{
    [PostgresFact]
    public Task Decisions_AfterTheFirst_ReadNoJournal() => Decisions_AfterTheFirst_ReadNoJournal_AndGetWhatTheDatabaseHolds();
}
