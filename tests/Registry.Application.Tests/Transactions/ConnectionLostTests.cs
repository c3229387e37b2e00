using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Transactions;
using Registry.Domain.Codes;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// The database server ends a case command's session mid-command (a restart, a failover): the command fails as a
/// transient database error, which the pages show as "database unavailable, nothing saved" — never as the provider's
/// "Transaction is already completed" (the load test's outage phase met that 24–31 times in 7,000 failed calls).
/// </summary>
public sealed class ConnectionLostTests() : CaseCommandRegistry("connection-lost", postgres: TestDatabase.PostgresServer is not null)
{
    [PostgresFact]
    public async Task SessionEndedByTheServer_MidCommand_FailsAsATransientDatabaseError()
    {
        var unit = UnitCode.Parse(await AddUnitAsync(), "unit");
        var number = CaseNumber.Parse(await AcceptTransferAsync(unit.Value), "caseNumber");
        await using var scope = Services.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<ICaseCommandTransaction>();
        var cases = scope.ServiceProvider.GetRequiredService<ICaseRepository>();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => transaction.RunAsync(async ct =>
        {
            Assert.NotNull(await cases.FindAsync(number, ct));
            Assert.True(await ScalarAsync("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()") > 0);

            // pg_terminate_backend only signals: wait until the command's session is really gone.
            for (var wait = 0; await ScalarAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()") > 0; wait++)
            {
                Assert.True(wait < 100, "the server did not end the command's session within 10 s");
                await Task.Delay(100, ct);
            }

            try
            {
                // A step that fails is isolated and the command goes on, as the engine does when it records an incident.
                await transaction.IsolateAsync(c => cases.FindOpenOnUnitAsync(unit, cancellationToken: c), ct);
            }
            catch (Exception)
            {
            }

            return await cases.FindOpenOnUnitAsync(unit, cancellationToken: ct);
        }));

        var db = Assert.IsAssignableFrom<DbException>(error);
        Assert.True(db.IsTransient, $"{error.GetType().Name}: {error.Message}");
        Assert.DoesNotContain("already completed", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
