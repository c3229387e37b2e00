using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Alterations;
using Registry.Application.Examination;
using Registry.Application.Migration;
using Registry.Application.Security;
using Registry.Application.Tests.Transactions;
using Registry.Domain.Cases;
using Registry.Persistence;
using Registry.Persistence.Identity;
using Registry.Workflows.Journal;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Migration;

/// <summary>
/// A business admin's alterations on the product's composition and a real database: cancelling a case's workflow with a
/// reason, and reassigning an open task to another person of its role, each journaled with the admin and the reason.
/// </summary>
public sealed class CaseAlterationsTests() : CaseCommandRegistry("alterations")
{
    private static readonly string[] AdminRoles = [RegistryRoles.BusinessAdmin];

    [Fact]
    public async Task Cancel_EndsTheWorkflowAndTheCase_WithTheReasonJournaledByTheAdmin()
    {
        var number = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(number, "firstReview");
        await using var scope = Services.CreateAsyncScope();
        var alterations = scope.ServiceProvider.GetRequiredService<ICaseAlterations>();

        var missing = await Assert.ThrowsAsync<AlterationRefusedException>(() => alterations.CancelAsync(number, "  ", "admin", AdminRoles));
        Assert.Equal((AlterationRefusal.ReasonMissing, "reason"), (missing.Refusal, missing.Field));
        await Assert.ThrowsAsync<MigrationAccessDeniedException>(() => alterations.CancelAsync(number, "重复受理", "reviewer1", [RegistryRoles.FirstReview]));

        await alterations.CancelAsync(number, "重复受理，与另一件合并办理", "admin", AdminRoles);

        var instance = await InstanceAsync(number);
        Assert.Equal(InstanceStatus.Withdrawn, instance.Status);
        Assert.Empty(instance.OpenBookmarks);
        Assert.Equal(CaseStatus.Withdrawn, (await CaseAsync(number)).Status);
        var journal = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(instance.Id);
        var entry = Assert.Single(journal, e => e.Action == JournalAction.Withdrawn);
        Assert.Equal(("admin", "重复受理，与另一件合并办理"), (entry.Actor, entry.Opinion));
        var again = await Assert.ThrowsAsync<AlterationRefusedException>(() => alterations.CancelAsync(number, "再次", "admin", AdminRoles));
        Assert.Equal(AlterationRefusal.NotRunning, again.Refusal);
    }

    [Fact]
    public async Task Reassign_HandsTheTaskToAnotherPersonOfItsRole_OnlyThemFromThenOn_WithTheReasonJournaled()
    {
        await AddStaffAsync();
        var number = await AcceptTransferAsync(await AddUnitAsync());
        await DriveToAsync(number, "secondReview");
        var task = Assert.Single((await InstanceAsync(number)).OpenBookmarks, b => b.NodeId == "secondReview");
        await using var scope = Services.CreateAsyncScope();
        var alterations = scope.ServiceProvider.GetRequiredService<ICaseAlterations>();

        var candidates = await alterations.CandidatesAsync(number, task.Id);
        Assert.Equal(["reviewer2", "reviewer2b"], candidates.Select(c => c.Login));
        Assert.Equal("周强", candidates[1].DisplayName);

        var wrongRole = await Assert.ThrowsAsync<AlterationRefusedException>(() => alterations.ReassignAsync(number, task.Id, "approver", "休假", "admin", AdminRoles));
        Assert.Equal((AlterationRefusal.AssigneeNotInRole, "assignee"), (wrongRole.Refusal, wrongRole.Field));
        await Assert.ThrowsAsync<MigrationAccessDeniedException>(() => alterations.ReassignAsync(number, task.Id, "reviewer2b", "休假", "reviewer2", [RegistryRoles.SecondReview]));

        await alterations.ReassignAsync(number, task.Id, "reviewer2b", "张伟休假，转周强办理", "admin", AdminRoles);

        var instance = await InstanceAsync(number);
        Assert.Equal("reviewer2b", Assert.Single(instance.OpenBookmarks, b => b.Id == task.Id).Assignee);
        var journal = await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().ReadJournalAsync(instance.Id);
        var entry = Assert.Single(journal, e => e.Action == JournalAction.Reassigned);
        Assert.Equal(("admin", "张伟休假，转周强办理", "reviewer2b"), (entry.Actor, entry.Opinion, entry.Inputs["assignee"]));

        // The original holder of the role can no longer decide it; the new holder can.
        var decisions = scope.ServiceProvider.GetRequiredService<CaseDecisionService>();
        await Assert.ThrowsAsync<DecisionNotAllowedException>(() => decisions.DecideTaskAsync(number, "reviewer2", [RegistryRoles.SecondReview],
            new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, task.NodeId, task.Id));
        await decisions.DecideTaskAsync(number, "reviewer2b", [RegistryRoles.SecondReview], new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, task.NodeId, task.Id);
        var done = await Assert.ThrowsAsync<AlterationRefusedException>(() => alterations.ReassignAsync(number, task.Id, "reviewer2", "再转", "admin", AdminRoles));
        Assert.Equal(AlterationRefusal.TaskNotOpen, done.Refusal);
    }

    /// <summary>The demo's staff with their roles, in the Identity tables (the web host's seeder is not part of this composition).</summary>
    private async Task AddStaffAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var roles = DemoUsers.All.SelectMany(u => u.Roles).Distinct().ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
        db.Roles.AddRange(roles.Values);
        foreach (var demo in DemoUsers.All)
        {
            var user = new RegistryUser { UserName = demo.UserName, NormalizedUserName = demo.UserName.ToUpperInvariant(), DisplayName = demo.DisplayName };
            db.Users.Add(user);
            db.UserRoles.AddRange(demo.Roles.Select(r => new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[r].Id }));
        }

        await db.SaveChangesAsync();
    }
}
