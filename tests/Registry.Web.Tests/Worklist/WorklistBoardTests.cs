using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Deadlines;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Web.Components.Worklist;
using Registry.Workflows;

namespace Registry.Web.Tests.Worklist;

public sealed class WorklistBoardTests : RegistryComponentTest
{
    private readonly FakeWorklist _worklist = new();

    public WorklistBoardTests()
    {
        Services.AddSingleton<IWorklist>(_worklist);
        var auth = AddAuthorization();
        auth.SetAuthorized("reviewer1");
        auth.SetRoles(RegistryRoles.FirstReview);
    }

    private static WorklistItem Item(string caseNumber, DeadlineStage? stage, int? left) =>
        new(Guid.NewGuid(), "b1", caseNumber, "HouseTransferResale", "存量房买卖转移登记", "初审", RegistryRoles.FirstReview, null,
            new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8)), "340121001001GB00001F00010001", "叶梓涵、王伟", stage, left, null);

    [Fact]
    public void GroupView_AsksForTheUsersRoles_AndColoursTheDeadlines()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4), Item("34012120261123000002", DeadlineStage.Amber, 1), Item("34012120261123000003", DeadlineStage.Escalated, 0)];

        var board = Render<WorklistBoard>();

        var query = Assert.Single(_worklist.Queries);
        Assert.Equal(WorklistView.Group, query.Query.View);
        Assert.Equal([RegistryRoles.FirstReview], query.Roles);
        var badges = board.FindAll(".deadline-badge");
        Assert.Equal(["deadline-badge deadline-green", "deadline-badge deadline-amber", "deadline-badge deadline-red"], badges.Select(b => b.ClassName));
        Assert.Equal(["剩 4 个工作日", "剩 1 个工作日", "已超期"], badges.Select(b => b.TextContent));
        Assert.Equal("共 3 件", board.Find(".worklist-total").TextContent);
    }

    [Fact]
    public void Claiming_ClaimsForTheSignedInUser_AndReloads()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        var claim = Assert.Single(_worklist.Claims);
        Assert.Equal("reviewer1", claim.User);
        Assert.Equal(2, _worklist.Queries.Count);
        Assert.Contains("34012120261123000001", board.Find("#worklist-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimLostToSomeoneElse_IsShownPlainly()
    {
        _worklist.Items = [Item("34012120261123000001", DeadlineStage.Green, 4)];
        _worklist.ClaimFailure = new WorkflowException("task 初审 is claimed by 张伟 since 10:00");
        var board = Render<WorklistBoard>();

        board.Find(".claim-button").Click();

        Assert.Equal("task 初审 is claimed by 张伟 since 10:00", board.Find("#worklist-message").TextContent.Trim());
    }

    [Fact]
    public void MyView_ShowsReleaseInsteadOfClaim()
    {
        _worklist.Items = [Item("34012120261123000001", null, null)];
        var board = Render<WorklistBoard>();

        board.Find("#worklist-view-mine").Click();

        Assert.Equal(WorklistView.Mine, _worklist.Queries[^1].Query.View);
        Assert.Single(board.FindAll(".release-button"));
        Assert.Empty(board.FindAll(".claim-button"));
        Assert.Equal("—", board.Find(".deadline-badge").TextContent);
    }

    private sealed class FakeWorklist : IWorklist
    {
        public IReadOnlyList<WorklistItem> Items { get; set; } = [];

        public Exception? ClaimFailure { get; set; }

        public List<(WorklistQuery Query, string User, IReadOnlyCollection<string> Roles)> Queries { get; } = [];

        public List<(string TaskId, string User)> Claims { get; } = [];

        public Task<WorklistPage> GetAsync(WorklistQuery query, string user, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
        {
            Queries.Add((query, user, roles));
            return Task.FromResult(new WorklistPage(Items, Items.Count));
        }

        public Task ClaimAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default)
        {
            if (ClaimFailure is not null)
            {
                throw ClaimFailure;
            }

            Claims.Add((taskId, user));
            return Task.CompletedTask;
        }

        public Task ReleaseAsync(Guid instanceId, string taskId, string user, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
