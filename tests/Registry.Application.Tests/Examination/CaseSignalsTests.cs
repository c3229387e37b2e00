using Microsoft.Extensions.DependencyInjection;
using Registry.Application.CaseFile;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Composition;
using Registry.Persistence.Demo;

namespace Registry.Application.Tests.Examination;

/// <summary>
/// Confirming the tax payment (完税) from the console, on the demo county after first run: a resale case waits for
/// <c>tax-paid</c> once first review approved it.
/// </summary>
public sealed class CaseSignalsTests() : ComposedRegistry("signals")
{
    private async Task<string> ACaseWaitingForTaxAsync()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, "reviewer1", [RegistryRoles.FirstReview],
            new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "材料齐全，拟同意。" });
        return number;
    }

    private async Task<Registry.Application.CaseFile.CaseFile> ReadAsync(string caseNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(caseNumber))!;
    }

    private async Task ConfirmAsync(string caseNumber, string actor, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(caseNumber, SignalPermissions.TaxPaid, actor, roles);
    }

    [Fact]
    public async Task TheCaseFile_ShowsTheTaxWait_WithItsNamesAndWhoMayConfirmIt()
    {
        var number = await ACaseWaitingForTaxAsync();

        var wait = Assert.Single((await ReadAsync(number)).Workflow!.SignalWaits);

        Assert.Equal((SignalPermissions.TaxPaid, "完税", "Tax paid"), (wait.SignalName, wait.NameZh, wait.NameEn));
        Assert.Equal([RegistryRoles.Acceptor], wait.ConfirmRoles);
    }

    [Fact]
    public async Task AnAcceptor_ConfirmsTaxPaid_TheWaitCloses_AndTheJournalNamesThem()
    {
        var number = await ACaseWaitingForTaxAsync();

        await ConfirmAsync(number, "acceptor", RegistryRoles.Acceptor);

        var file = await ReadAsync(number);
        Assert.Empty(file.Workflow!.SignalWaits);
        var line = Assert.Single(file.Journal, l => l.Action == "Signalled");
        Assert.Equal("acceptor", line.Actor);
        Assert.False(file.Workflow.Nodes.Single(n => n.Id == "taxPaid").IsCurrent);
    }

    [Fact]
    public async Task AnExaminer_MayNotConfirmTaxPaid_AndNothingChanges()
    {
        var number = await ACaseWaitingForTaxAsync();

        var refused = await Assert.ThrowsAsync<SignalRefusedException>(() => ConfirmAsync(number, "reviewer2", RegistryRoles.SecondReview));

        Assert.Equal(SignalRefusal.WrongRole, refused.Reason);
        Assert.Equal([RegistryRoles.Acceptor], refused.AllowedRoles);
        Assert.Single((await ReadAsync(number)).Workflow!.SignalWaits);
    }

    [Fact]
    public async Task ASecondConfirmation_IsRefusedNamingWhoConfirmedFirst()
    {
        var number = await ACaseWaitingForTaxAsync();
        await ConfirmAsync(number, "acceptor", RegistryRoles.Acceptor);

        var refused = await Assert.ThrowsAsync<SignalRefusedException>(() => ConfirmAsync(number, "acceptor2", RegistryRoles.Acceptor));

        Assert.Equal(SignalRefusal.AlreadyReceived, refused.Reason);
        Assert.Equal("acceptor", refused.ReceivedBy);
        Assert.NotNull(refused.ReceivedAt);
    }

    [Fact]
    public async Task TwoAcceptorsAtOnce_OneWins_TheOtherIsToldWho()
    {
        var number = await ACaseWaitingForTaxAsync();

        var results = await Task.WhenAll(
            Task.Run(() => Outcome(ConfirmAsync(number, "acceptor", RegistryRoles.Acceptor))),
            Task.Run(() => Outcome(ConfirmAsync(number, "acceptor2", RegistryRoles.Acceptor))));

        Assert.Single(results, r => r is null);
        var loser = Assert.IsType<SignalRefusedException>(Assert.Single(results, r => r is not null));
        Assert.Equal(SignalRefusal.AlreadyReceived, loser.Reason);
        var journal = (await ReadAsync(number)).Journal;
        Assert.Equal(loser.ReceivedBy, Assert.Single(journal, l => l.Action == "Signalled").Actor);
    }

    [Fact]
    public async Task ACaseNotWaitingForTax_IsRefusedAsNotWaiting()
    {
        var number = (await Services.ListOpenCasesAsync()).First(c => c.BusinessType == "HouseTransferResale").CaseNumber;

        var refused = await Assert.ThrowsAsync<SignalRefusedException>(() => ConfirmAsync(number, "acceptor", RegistryRoles.Acceptor));

        Assert.Equal(SignalRefusal.NotWaiting, refused.Reason);
        Assert.Equal(number, refused.CaseNumber);
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
