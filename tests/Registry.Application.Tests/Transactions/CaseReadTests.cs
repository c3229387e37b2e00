using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Transactions;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// A node keeps the rows of the cases it committed or read and, on a later read, reuses the parties, units, materials and
/// history when the case row's version is the one kept. What it gets must always be what the database holds: after
/// another node changed the case, and after a step that changed the case was rolled back.
/// </summary>
public abstract class CaseReadTests(string name, bool postgres) : CaseCommandRegistry(name, postgres), IDisposable
{
    private readonly SqlStatementCounter _sql = new();

    public void Dispose()
    {
        _sql.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task KeptRowsReusedWhileVersionHolds()
    {
        var number = await AcceptTransferAsync(await AddUnitAsync());

        // This node accepted the case: a read needs the case row only.
        var (first, reads) = await ReadCountedAsync(Services, number);
        Assert.True(reads["SELECT CaseParties"] + reads["SELECT CaseMaterials"] + reads["SELECT CaseStatusChanges"] + reads["SELECT CaseUnits"] == 0, $"kept rows read again: {reads}");
        Assert.Equal(Text(await FreshAsync(number)), Text(first));

        // Another node adds a material and moves the case: this node's next read sees both.
        await using (var nodeB = StartSecondNode())
        {
            await using var scope = nodeB.CreateAsyncScope();
            var repository = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
            var c = (await repository.FindAsync(CaseNumber.Parse(number)))!;
            c.ReceiveMaterial(new ReceivedMaterial("SUPPLEMENT", 2, "申请人", Clock.GetUtcNow()));
            await repository.UpdateAsync(c);
        }

        var (afterB, reread) = await ReadCountedAsync(Services, number);
        Assert.True(reread["SELECT CaseMaterials"] == 1, $"the other node's change was not read: {reread}");
        Assert.Contains(afterB.Materials, m => m.Code == "SUPPLEMENT");
        Assert.Equal(Text(await FreshAsync(number)), Text(afterB));
    }

    protected async Task RolledBackStepLeavesNothingKept()
    {
        var number = await AcceptTransferAsync(await AddUnitAsync());
        var before = Text(await FreshAsync(number));

        // A command whose step updates the case and then fails: the step's write is undone, the command commits.
        await using (var scope = Services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            var repository = provider.GetRequiredService<ICaseRepository>();
            var transaction = provider.GetRequiredService<ICaseCommandTransaction>();
            await transaction.RunAsync(async ct =>
            {
                await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.IsolateAsync<bool>(async stepCt =>
                {
                    var c = (await repository.FindAsync(CaseNumber.Parse(number), stepCt))!;
                    c.ReceiveMaterial(new ReceivedMaterial("ROLLED-BACK", 1, "申请人", Clock.GetUtcNow()));
                    await repository.UpdateAsync(c, stepCt);
                    throw new InvalidOperationException("the step fails after its write");
                }, ct));
                return true;
            });
        }

        Assert.Equal(before, Text(await FreshAsync(number)));

        // The database is back at the version before the step; another node's change reaches that version again, and
        // this node must read that change, not the rows the rolled-back step wrote under the same version.
        await using (var nodeB = StartSecondNode())
        {
            await using var scope = nodeB.CreateAsyncScope();
            var repository = scope.ServiceProvider.GetRequiredService<ICaseRepository>();
            var c = (await repository.FindAsync(CaseNumber.Parse(number)))!;
            Assert.DoesNotContain(c.Materials, m => m.Code == "ROLLED-BACK");
            c.ReceiveMaterial(new ReceivedMaterial("KEPT", 1, "申请人", Clock.GetUtcNow()));
            await repository.UpdateAsync(c);
        }

        var (read, _) = await ReadCountedAsync(Services, number);
        Assert.DoesNotContain(read.Materials, m => m.Code == "ROLLED-BACK");
        Assert.Contains(read.Materials, m => m.Code == "KEPT");
        Assert.Equal(Text(await FreshAsync(number)), Text(read));
    }

    private async Task<(RegistrationCase Case, SqlStatementCounter.Snapshot Reads)> ReadCountedAsync(IServiceProvider services, string number)
    {
        await using var scope = services.CreateAsyncScope();
        RegistrationCase found;
        using (_sql.Count())
        {
            found = (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!;
        }

        return (found, _sql.Take());
    }

    /// <summary>The case as a node that never saw it reads it.</summary>
    private async Task<RegistrationCase> FreshAsync(string number)
    {
        await using var node = StartSecondNode();
        await using var scope = node.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(number)))!;
    }

    private static string Text(RegistrationCase c) =>
        $"{c.Number}|{c.Version}|{c.Status}|{c.AcceptedAt.UtcTicks / 10}|{c.IssuedCertificateNo}|"
        + string.Join(";", c.Parties.Select(p => $"{p.Role}:{p.Party.Name}")) + "|"
        + string.Join(";", c.Materials.Select(m => $"{m.Code}:{m.Pages}:{m.ReceivedAt.UtcTicks / 10}")) + "|"
        + string.Join(";", c.History.Select(h => $"{h.From}>{h.To}@{h.At.UtcTicks / 10}:{h.Actor}"));
}

public sealed class SqliteCaseReadTests() : CaseReadTests("case-read", postgres: false)
{
    [Fact]
    public Task KeptRows_AreReused_OnlyWhileTheVersionIsTheSame() => KeptRowsReusedWhileVersionHolds();

    [Fact]
    public Task AStepRolledBack_LeavesNothingKept() => RolledBackStepLeavesNothingKept();
}

public sealed class PostgresCaseReadTests() : CaseReadTests("case-read-pg", postgres: TestDatabase.PostgresServer is not null)
{
    [PostgresFact]
    public Task KeptRows_AreReused_OnlyWhileTheVersionIsTheSame() => KeptRowsReusedWhileVersionHolds();

    [PostgresFact]
    public Task AStepRolledBack_LeavesNothingKept() => RolledBackStepLeavesNothingKept();
}
