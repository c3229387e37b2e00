using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Dashboard;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Application.Tests.Transactions;
using Registry.Domain.Cases;
using Registry.Persistence;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Dashboard;

/// <summary>
/// The dashboard's figures row of a completed case: written by the command that completes the case (rolled back with it),
/// and the start-up backfill computes the same row for a case completed without one.
/// </summary>
public sealed class CaseFiguresTests() : CaseCommandRegistry("figures")
{
    private const string AllRows = """
        SELECT "CaseNumber", "BusinessType", "Channel", "AcceptedAt", "AcceptedDay", "CompletedAt", "CompletedDay", "DueAt", "Clocked", "OnTime", "AutoApproved", "Enterprise"
        FROM "CaseFigures" ORDER BY "CaseNumber"
        """;

    private readonly FailAfterWrite _failure = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        // Wrap the product's writer: when armed, the command fails right after the row was written into its transaction.
        var writer = services.Last(s => s.ServiceType == typeof(ICaseFiguresWriter));
        services.Remove(writer);
        services.Add(new ServiceDescriptor(typeof(ICaseFiguresWriter),
            sp => new FailingWriter((ICaseFiguresWriter)ActivatorUtilities.CreateInstance(sp, writer.ImplementationType!), _failure),
            writer.Lifetime));
    }

    [Fact]
    public async Task Finish_WritesTheRowInTheSameCommand_AndAFailureAfterItLeavesNoRow()
    {
        var a = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(a, "approval");
        Clock.Advance(TimeSpan.FromDays(2));

        _failure.Armed = true;
        await Assert.ThrowsAsync<InjectedFailure>(() => FinishAsync(a));
        Assert.True(_failure.Written); // the writer had run inside the command…
        Assert.Equal(0, await ScalarAsync("""SELECT COUNT(*) FROM "CaseFigures" """)); // …and rolled back with it
        Assert.NotEqual(CaseStatus.Completed, (await CaseAsync(a)).Status);

        _failure.Armed = false;
        await FinishAsync(a);
        var row = Assert.Single(await RowsAsync(AllRows)).Split('|');
        Assert.Equal((a, "HouseTransferResale", "Counter"), (row[0], row[1], row[2]));
        Assert.Equal(new DateOnly(2026, 6, 1).DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), row[4]);
        Assert.Equal(new DateOnly(2026, 6, 3).DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), row[6]);
        Assert.Equal(1, await ScalarAsync("""SELECT COUNT(*) FROM "CaseFigures" WHERE "Clocked" AND "OnTime" AND NOT "AutoApproved" AND NOT "Enterprise" """));
    }

    [Fact]
    public async Task Backfill_OfCasesCompletedWithoutARow_WritesWhatTheCommandsWrote()
    {
        var a = await AcceptTransferAsync(await AddUnitAsync());
        var b = await AcceptTransferAsync(await AddUnitAsync());
        var open = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(a, "approval");
        await DriveToAsync(b, "approval");
        Clock.Advance(TimeSpan.FromDays(2));
        await FinishAsync(a);
        Clock.Advance(TimeSpan.FromDays(6));
        await FinishAsync(b); // past its 5-day limit
        var live = await RowsAsync(AllRows);
        Assert.Equal([a, b], live.Select(r => r.Split('|')[0]));
        Assert.Equal(1, await ScalarAsync("""SELECT COUNT(*) FROM "CaseFigures" WHERE "Clocked" AND NOT "OnTime" """));

        // As if the cases had been completed before migration figuresCaseFigures: no rows; the start writes them.
        await using (var db = await Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "CaseFigures" """);
        }

        Assert.Equal(0, await ScalarAsync("""SELECT COUNT(*) FROM "CaseFigures" """));
        await Services.InitializeRegistryDatabaseAsync();
        Assert.Equal(live, await RowsAsync(AllRows));

        // Idempotent: a second start writes nothing more.
        await Services.InitializeRegistryDatabaseAsync();
        Assert.Equal(live, await RowsAsync(AllRows));
        Assert.DoesNotContain(live, r => r.StartsWith(open, StringComparison.Ordinal));
    }

    /// <summary>Approves every open task (and confirms tax) until the case is completed.</summary>
    private async Task FinishAsync(string caseNumber)
    {
        for (var guard = 0; guard < 20 && (await CaseAsync(caseNumber)).Status != CaseStatus.Completed; guard++)
        {
            var instance = await InstanceAsync(caseNumber);
            await using var scope = Services.CreateAsyncScope();
            if (instance.OpenBookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Signal) is { } signal)
            {
                await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(caseNumber, signal.SignalName!, "acceptor", [RegistryRoles.Acceptor]);
                continue;
            }

            var task = instance.OpenBookmarks.First(b => b.Kind == BookmarkKind.HumanTask);
            var user = DemoUsers.All.First(u => u.Roles.Contains(task.Role!));
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideTaskAsync(caseNumber, user.UserName, user.Roles,
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, task.NodeId, task.Id);
        }

        Assert.Equal(CaseStatus.Completed, (await CaseAsync(caseNumber)).Status);
    }

    private sealed class FailAfterWrite
    {
        public bool Armed { get; set; }

        public bool Written { get; set; }
    }

    private sealed class InjectedFailure() : Exception("injected after the figures row was written");

    private sealed class FailingWriter(ICaseFiguresWriter inner, FailAfterWrite failure) : ICaseFiguresWriter
    {
        public async Task WriteAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(registrationCase, cancellationToken);
            if (failure.Armed && registrationCase.Status == CaseStatus.Completed)
            {
                failure.Written = true;
                throw new InjectedFailure();
            }
        }
    }
}
