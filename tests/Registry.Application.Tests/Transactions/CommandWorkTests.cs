using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Domain.Cases;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// What one case command costs in statements, counted on a real SQLite file (issue 12, speed): the case is read once per
/// command however many steps ask for it, its materials are not rewritten and its history is appended, the blocking
/// check reads one review run, and the whole decision stays under a statement budget. These are counts, not timings:
/// they fail when a change makes a command do more work again. And commands that run at once (grouped into one SQLite
/// commit) each stand or fall alone.
/// </summary>
public sealed class CommandWorkTests() : CaseCommandRegistry("work"), IDisposable
{
    // Measured when written (EF statements; the workflow store's prepared statements and the findings' multi-row insert
    // are not counted): a 初审 approval that runs the review 25 (60 before: the case read three times, 24 findings
    // inserted one by one, every review run of the case read back), a 复审 approval 9 (16), the 核定 approval that books
    // 49 (103). Then (issue 12 speed, second pass) 初审 24 and 核定 + 登簿 45: the review run's key is looked up once per
    // command, not again when the run is stored, and the unit's register is read once for the review and the booking
    // after it. Then (issue 12 speed, fourth pass) 初审 19, 复审 3, 核定 + 登簿 41 (counted with the workflow journal): the
    // node keeps the rows of the cases and journals it committed, so a command re-reads only the case row. The budgets
    // leave a little room.
    private const int FirstReviewBudget = 21;
    private const int SecondReviewBudget = 5;
    private const int BookingBudget = 43;

    private readonly SqlStatementCounter _sql = new();

    public void Dispose() => _sql.Dispose();

    [Fact]
    public async Task Decisions_ReadTheCaseOnce_RewriteNoMaterials_AppendHistory_StayUnderBudget()
    {
        var number = await AcceptTransferAsync(await AddUnitAsync());
        var before = await CaseAsync(number);

        // 初审: the decision, the review it sets off (facts, rules, findings stored), the case status and the clock.
        var first = await CountAsync(number, "firstReview", RegistryRoles.FirstReview, "reviewer1");
        AssertCaseWork(first, "初审");
        Assert.True(first.OutsideWorkflowStore <= FirstReviewBudget, $"初审 approval: {first.OutsideWorkflowStore} statements outside the workflow store > {FirstReviewBudget}: {first}");

        var second = await CountAsync(number, "secondReview", RegistryRoles.SecondReview, "reviewer2");
        AssertCaseWork(second, "复审");
        Assert.True(second.OutsideWorkflowStore <= SecondReviewBudget, $"复审 approval: {second.OutsideWorkflowStore} statements > {SecondReviewBudget}: {second}");

        await DriveToAsync(number, "approval");
        var booking = await CountAsync(number, "approval", RegistryRoles.Approver, "approver");
        AssertCaseWork(booking, "核定 + 登簿");
        Assert.True(booking.OutsideWorkflowStore <= BookingBudget, $"核定 approval with booking: {booking.OutsideWorkflowStore} statements > {BookingBudget}: {booking}");

        // What was skipped was not lost: the case as read from the file has every material and the whole history.
        var after = await CaseAsync(number);
        Assert.Equal(CaseStatus.Completed, after.Status);
        Assert.Equal(before.Materials.Select(m => m.Code), after.Materials.Select(m => m.Code));
        Assert.Equal(before.History, after.History.Take(before.History.Count));
        Assert.True(after.History.Count > before.History.Count);
        Assert.NotNull(after.IssuedCertificateNo);
    }

    [Fact]
    public async Task ConcurrentDecisions_OnDifferentCases_AllCommit_AndAnInvalidOneWritesNothing()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            numbers.Add(await AcceptTransferAsync(await AddUnitAsync()));
        }

        var invalid = numbers[^1];
        using var start = new Barrier(numbers.Count);
        var results = await Task.WhenAll(numbers.Select(n => Task.Run(async () =>
        {
            start.SignalAndWait();
            await using var scope = Services.CreateAsyncScope();
            var decision = n == invalid
                ? new DecisionRequest { Kind = DecisionKind.Return, Opinion = "退回。" } // no target, no reason: refused
                : new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" };
            try
            {
                await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(n, "reviewer1", [RegistryRoles.FirstReview], decision, "firstReview");
                return (Number: n, Error: (Exception?)null);
            }
            catch (DecisionInvalidException ex)
            {
                return (n, ex);
            }
        })));

        foreach (var (n, error) in results)
        {
            var instance = await InstanceAsync(n);
            var atFirstReview = instance.OpenBookmarks.Any(b => b.NodeId == "firstReview" && b.Kind == BookmarkKind.HumanTask);
            if (n == invalid)
            {
                Assert.NotNull(error);
                Assert.True(atFirstReview, $"{n}: the refused decision moved the case");
            }
            else
            {
                Assert.True(error is null, $"{n}: {error?.Message}");
                Assert.False(atFirstReview, $"{n}: the decision did not commit");
                Assert.Equal(CaseStatus.UnderReview, (await CaseAsync(n)).Status);
            }
        }
    }

    private static void AssertCaseWork(SqlStatementCounter.Snapshot counts, string what)
    {
        Assert.True(counts["SELECT Cases"] == 1, $"{what}: the case was read {counts["SELECT Cases"]} times: {counts}");
        Assert.True(counts["SELECT CaseParties"] == 0, $"{what}: parties read {counts["SELECT CaseParties"]} times (this node committed the case last; its rows are kept): {counts}");
        Assert.True(counts["DELETE CaseMaterials"] + counts["INSERT CaseMaterials"] == 0, $"{what}: materials rewritten: {counts}");
        Assert.True(counts["DELETE CaseStatusChanges"] == 0, $"{what}: history rewritten: {counts}");
        Assert.True(counts["INSERT CaseStatusChanges"] <= 3, $"{what}: {counts["INSERT CaseStatusChanges"]} history rows for at most three moves: {counts}");
        Assert.True(counts["SELECT RuleFindings"] <= 1, $"{what}: findings of {counts["SELECT RuleFindings"]} runs read: {counts}");
    }

    private async Task<SqlStatementCounter.Snapshot> CountAsync(string number, string node, string role, string user)
    {
        await using var scope = Services.CreateAsyncScope();
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        using (_sql.Count())
        {
            await decisions.DecideAsync(number, user, [role], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, node);
        }

        return _sql.Take();
    }
}
