using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Notifications;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Application.Transactions;
using Registry.Domain.Cases;
using Registry.Domain.Register;
using Registry.Scheduling.Notifications;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// A court's seizure (查封) is recorded on a unit while a transfer of that unit waits for approval: the transfer is never
/// recorded — it is suspended with the seizure named, its examiners find the notice in their inbox, nothing of it reaches
/// the register, and approving it past the blocking finding is refused with the case left where it was.
/// </summary>
public sealed class RestrictionWhilePendingTests() : CaseCommandRegistry("restriction")
{
    private const string Ruling = "(2026)皖0121执保777号";

    [Fact]
    public async Task SeizureRecordedWhileTransferAwaitsApproval_TransferIsSuspendedWithTheSeizureNamedAndNeverRecorded()
    {
        var unit = await AddUnitAsync();
        var owner = (await RegisterAsync(unit)).Current.Ownership!.Holders[0].Party.Name;
        var transfer = await AcceptTransferAsync(unit);
        await DriveToAsync(transfer, "approval");
        var entriesBefore = await ScalarAsync("SELECT COUNT(*) FROM \"RegisterEntries\"");

        var seizure = await RecordSeizureAsync(unit);

        // The seizure is in the register; the transfer is suspended with the restriction named, and nothing of it is.
        Assert.Equal(CaseStatus.Completed, (await CaseAsync(seizure)).Status);
        var register = await RegisterAsync(unit);
        Assert.Equal(Ruling, register.Current.ActiveSeizure?.RulingNumber);
        Assert.Equal(entriesBefore + 1, await ScalarAsync("SELECT COUNT(*) FROM \"RegisterEntries\""));
        var held = await CaseAsync(transfer);
        Assert.Equal(CaseStatus.Suspended, held.Status);
        Assert.Null(held.IssuedCertificateNo);
        var instance = await InstanceAsync(transfer);
        Assert.Equal(InstanceStatus.Suspended, instance.Status);
        var journal = await Services.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(instance.Id);
        Assert.Contains(journal, e => string.Join(" ", [e.Opinion, .. e.Inputs.Values]) is var text && text.Contains("查封", StringComparison.Ordinal) && text.Contains(Ruling, StringComparison.Ordinal));
        Assert.Equal(owner, register.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM \"RegisterEntries\" WHERE \"CaseNumber\" = '{transfer}'"));

        // Its examiners are told in their inbox once the outbox is dispatched.
        await Services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync();
        var inbox = await Services.GetRequiredService<IStaffInbox>().ListAsync([$"role:{RegistryRoles.Approver}"]);
        var notice = Assert.Single(inbox, i => i.CaseNumber == transfer && i.TemplateKey == NotificationTemplates.CaseHeldByRestriction);
        Assert.Contains(Ruling, notice.Text, StringComparison.Ordinal);

        // Resumed by an admin while the seizure stands: the booking re-check stops it before the register.
        await ResumeAsync(transfer);
        await ApproveAsync(transfer, "approver");
        Assert.NotEqual(CaseStatus.Recorded, (await CaseAsync(transfer)).Status);
        Assert.Contains((await InstanceAsync(transfer)).OpenBookmarks, b => b.NodeId == "recordTask");

        // Booking past the blocking finding is refused; the case stays where it was and nothing is written.
        var journalBefore = await ScalarAsync("SELECT COUNT(*) FROM \"WorkflowJournal\"");
        var certificatesBefore = await ScalarAsync("SELECT COALESCE(SUM(\"Value\"), 0) FROM \"Sequences\" WHERE \"Key\" LIKE 'certificate:%'");
        var blocked = await Assert.ThrowsAsync<DecisionBlockedException>(() => ApproveAsync(transfer, "recorder"));
        Assert.Contains(blocked.Blocking, f => f.RuleCode.Contains("SEIZURE", StringComparison.Ordinal));
        Assert.Contains((await InstanceAsync(transfer)).OpenBookmarks, b => b.NodeId == "recordTask");
        Assert.Equal(journalBefore, await ScalarAsync("SELECT COUNT(*) FROM \"WorkflowJournal\""));
        Assert.Equal(certificatesBefore, await ScalarAsync("SELECT COALESCE(SUM(\"Value\"), 0) FROM \"Sequences\" WHERE \"Key\" LIKE 'certificate:%'"));
        Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM \"RegisterEntries\" WHERE \"CaseNumber\" = '{transfer}'"));

        // Returned to approval: the approver's approval past the block is refused too, and the case stays at approval.
        await DecideAsync(transfer, "recorder", new DecisionRequest { Kind = DecisionKind.Return, Opinion = "存在查封，退回核定。", ReturnTo = "approval", ReasonCode = "INCONSISTENT" });
        var refused = await Assert.ThrowsAsync<DecisionBlockedException>(() => ApproveAsync(transfer, "approver"));
        Assert.Equal(transfer, refused.CaseNumber);
        Assert.Contains((await InstanceAsync(transfer)).OpenBookmarks, b => b.NodeId == "approval");
        Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM \"RegisterEntries\" WHERE \"CaseNumber\" = '{transfer}'"));
        Assert.Equal(owner, (await RegisterAsync(unit)).Current.Ownership!.Holders[0].Party.Name);
        Assert.Null((await CaseAsync(transfer)).IssuedCertificateNo);
    }

    // The court's filing (协助执行通知书) accepted at the counter and approved: 查封登记 on catalogue-instant.
    private async Task<string> RecordSeizureAsync(string unit)
    {
        await Services.GetRequiredService<ISharedDataFeed>().RecordCourtDocumentAsync(Ruling, "长丰县人民法院", true, unit);
        await using var scope = Services.CreateAsyncScope();
        var accepted = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "JudicialSeizure",
            Units = [unit],
            Parties = [new AcceptanceParty("Applicant", "长丰县人民法院", "11340121MB0000001B")],
            Facts = new Dictionary<string, string> { ["authority"] = "长丰县人民法院", ["rulingNumber"] = Ruling, ["seizureStart"] = "2026-06-01", ["seizureEnd"] = "2029-05-31" },
            Materials = ["OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING"],
        }, "acceptor");
        // Booked at acceptance (即时登簿) when the intake review passes; an approver decides when it blocks.
        var number = accepted.Case.Number.Value;
        if ((await InstanceAsync(number)).OpenBookmarks.Any(b => b.NodeId == "approval"))
        {
            await ApproveAsync(number, "approver");
        }

        return number;
    }

    private async Task ResumeAsync(string caseNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<ICaseCommandTransaction>();
        var instanceId = (await CaseAsync(caseNumber)).WorkflowInstanceId!.Value;
        await transaction.RunAsync(async ct =>
        {
            var after = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().ResumeAsync(instanceId, "admin", ct);
            return await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(caseNumber, after, "admin", ct);
        });
    }

    private Task ApproveAsync(string caseNumber, string user) =>
        DecideAsync(caseNumber, user, new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" });

    private async Task DecideAsync(string caseNumber, string user, DecisionRequest decision)
    {
        var demo = DemoUsers.All.Single(u => u.UserName == user);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(caseNumber, demo.UserName, demo.Roles, decision);
    }
}
