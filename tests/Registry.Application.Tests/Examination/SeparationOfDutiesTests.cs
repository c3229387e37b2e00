using System.Collections.Immutable;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Workflows.Journal;

namespace Registry.Application.Tests.Examination;

public sealed class SeparationOfDutiesTests
{
    private static readonly Dictionary<string, string> Roles = new()
    {
        ["accept"] = RegistryRoles.Acceptor,
        ["review1"] = RegistryRoles.FirstReview,
        ["review2"] = RegistryRoles.SecondReview,
        ["approve"] = RegistryRoles.Approver,
        ["record"] = RegistryRoles.Recorder,
    };

    private static readonly Guid Instance = Guid.NewGuid();

    private static string? RoleOf(string node) => Roles.GetValueOrDefault(node);

    private static JournalEntry Entry(long seq, JournalAction action, string node, string actor) =>
        new(Instance, seq, new DateTimeOffset(2026, 11, 23, 10, 42, 0, TimeSpan.FromHours(8)), action, node, node == "review1" ? "初审" : node, actor, "approve", null, ImmutableDictionary<string, string>.Empty, null);

    [Fact]
    public void FirstReviewer_CannotAlsoApprove()
    {
        JournalEntry[] journal = [Entry(1, JournalAction.Completed, "accept", "李明"), Entry(2, JournalAction.Completed, "review1", "王芳")];

        var violation = SeparationOfDuties.Violation(journal, RoleOf, "王芳", "approve");

        Assert.Equal("审核分离：王芳 已于 2026-11-23 10:42 办理本案“初审”环节，不能再办理另一审核环节。", violation);
    }

    [Fact]
    public void AFirstReviewerWhoReturned_CannotTakeTheSecondReviewEither()
    {
        JournalEntry[] journal = [Entry(1, JournalAction.Returned, "review1", "王芳")];

        Assert.NotNull(SeparationOfDuties.Violation(journal, RoleOf, "王芳", "review2"));
    }

    [Fact]
    public void TheSameStepAgainAfterAReturn_IsAllowed()
    {
        JournalEntry[] journal = [Entry(1, JournalAction.Completed, "review1", "王芳"), Entry(2, JournalAction.Returned, "review2", "张伟")];

        Assert.Null(SeparationOfDuties.Violation(journal, RoleOf, "王芳", "review1"));
    }

    [Fact]
    public void AcceptanceAndRecording_AreNotExaminationSteps()
    {
        JournalEntry[] journal = [Entry(1, JournalAction.Completed, "accept", "李明"), Entry(2, JournalAction.Completed, "review1", "王芳")];

        Assert.Null(SeparationOfDuties.Violation(journal, RoleOf, "李明", "review2"));
        Assert.Null(SeparationOfDuties.Violation(journal, RoleOf, "王芳", "record"));
    }

    [Fact]
    public void AnotherPersonsDecision_DoesNotBind()
    {
        JournalEntry[] journal = [Entry(1, JournalAction.Completed, "review1", "王芳")];

        Assert.Null(SeparationOfDuties.Violation(journal, RoleOf, "张伟", "review2"));
    }
}
