using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// Two web nodes on one PostgreSQL database (two service providers, nothing shared but the database): fifty people
/// decide the same task at the same instant, half on each node, thirty rounds — exactly one wins, the others are told
/// who, whichever node they were on; the approval that books leaves one entry and one certificate number.
/// </summary>
public sealed class TwoNodeRaceTests() : CaseCommandRegistry("two-nodes", postgres: TestDatabase.PostgresServer is not null)
{
    private const int Actors = 50;
    private const int Rounds = 30;

    [PostgresFact]
    public async Task FirstReviewApproval_FiftyExaminersOnTwoNodes_OneWinsAndTheOthersAreToldWho()
    {
        await using var nodeB = StartSecondNode();
        var told = 0;
        var unexpected = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var number = await AcceptTransferAsync(await AddUnitAsync());
            var task = (await InstanceAsync(number)).OpenBookmarks.Single(b => b.NodeId == "firstReview");
            var (winner, losers) = await RaceAsync(nodeB, async (scope, user) =>
                await scope.GetRequiredService<CaseDecisionService>().DecideTaskAsync(number, user, [RegistryRoles.FirstReview], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "拟同意登记。" }, task.NodeId, task.Id));

            var closed = Assert.Single((await InstanceAsync(number)).ClosedBookmarks, c => c.Bookmark.Id == task.Id);
            Assert.Equal(winner, closed.ClosedBy);
            foreach (var (user, error) in losers)
            {
                if (error is TaskAlreadyCompletedException done && done.Closed.ClosedBy == winner && done.Message.Contains(winner, StringComparison.Ordinal))
                {
                    told++;
                }
                else
                {
                    unexpected.Add($"round {round}, {user}: {error.GetType().Name}: {error.Message}");
                }
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Distinct().Take(20)));
        Assert.Equal((Actors - 1) * Rounds, told);
    }

    [PostgresFact]
    public async Task BookingApproval_FiftyApproversOnTwoNodes_OneEntryOneCertificateNumber()
    {
        await using var nodeB = StartSecondNode();
        var unexpected = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            var unit = await AddUnitAsync();
            var number = await AcceptTransferAsync(unit);
            await DriveToAsync(number, "approval");
            var task = (await InstanceAsync(number)).OpenBookmarks.Single(b => b.NodeId == "approval");
            var (winner, losers) = await RaceAsync(nodeB, async (scope, user) =>
                await scope.GetRequiredService<CaseDecisionService>().DecideTaskAsync(number, user, [RegistryRoles.Approver], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意登记。" }, task.NodeId, task.Id));

            unexpected.AddRange(losers
                .Where(l => !(l.Error is TaskAlreadyCompletedException done && done.Closed.ClosedBy == winner))
                .Select(l => $"round {round}, {l.User}: {l.Error.GetType().Name}: {l.Error.Message}"));
            var entries = (await RegisterAsync(unit)).Entries.Where(e => e.CaseNumber.Value == number).ToList();
            var ownership = Assert.Single(entries.OfType<Domain.Register.OwnershipEntry>());
            Assert.Single(entries);
            Assert.Equal(ownership.CertificateNumber?.ToString(), (await CaseAsync(number)).IssuedCertificateNo);
            Assert.Equal(round, await ScalarAsync("SELECT COALESCE(SUM(\"Value\"), 0) FROM \"Sequences\" WHERE \"Key\" LIKE 'certificate:%'"));
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Distinct().Take(20)));
    }

    // Even-numbered actors act on this node, odd-numbered on node B; all wait at one barrier.
    private async Task<(string Winner, List<(string User, Exception Error)> Losers)> RaceAsync(IServiceProvider nodeB, Func<IServiceProvider, string, Task> act)
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiting = 0;
        var actors = Enumerable.Range(1, Actors).Select(i => Task.Run(async () =>
        {
            var user = $"staff{i:D2}";
            await using var scope = (i % 2 == 0 ? Services : nodeB).CreateAsyncScope();
            Interlocked.Increment(ref waiting);
            await barrier.Task;
            try
            {
                await act(scope.ServiceProvider, user);
                return (User: user, Error: (Exception?)null);
            }
            catch (Exception e)
            {
                return (User: user, Error: (Exception?)e);
            }
        })).ToList();
        while (Volatile.Read(ref waiting) < Actors)
        {
            await Task.Delay(1);
        }

        barrier.SetResult();
        var results = await Task.WhenAll(actors);
        var winners = results.Where(r => r.Error is null).Select(r => r.User).ToList();
        Assert.True(winners.Count == 1, $"{winners.Count} winners: {string.Join(", ", winners)}; errors: {string.Join(" | ", results.Where(r => r.Error is not null).Select(r => r.Error!.GetType().Name + ": " + r.Error!.Message).Distinct().Take(5))}");
        return (winners[0], [.. results.Where(r => r.Error is not null).Select(r => (r.User, r.Error!))]);
    }
}
