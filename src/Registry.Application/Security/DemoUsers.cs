
namespace Registry.Application.Security;

/// <summary>
/// The demo staff, created on first run when demo data is on (<c>Database:SeedDemoData</c>): one per role, and a second
/// member of staff for each examination role (初审, 复审, 核定, 登簿) so that two people of one role can meet on the same
/// task (one decision wins, the other is told who decided and when). They exist so a newcomer can sign in as each role;
/// the README lists them. The first user of each role stays first (tools pick the first holder of a role).
/// </summary>
public static class DemoUsers
{
    /// <summary>The password every demo user shares. Demo only: production users come from the office directory.</summary>
    public const string Password = "Registry-2026";

    /// <summary>User name, display name and roles of each demo user.</summary>
    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("acceptor", "李明", [RegistryRoles.Acceptor]),
        new("reviewer1", "王芳", [RegistryRoles.FirstReview]),
        new("reviewer2", "张伟", [RegistryRoles.SecondReview]),
        new("approver", "刘洋", [RegistryRoles.Approver]),
        new("recorder", "陈静", [RegistryRoles.Recorder]),
        new("inspector", "杨帆", [RegistryRoles.QualityInspector]),
        new("admin", "赵磊", [RegistryRoles.BusinessAdmin]),
        new("reviewer1b", "孙丽", [RegistryRoles.FirstReview]),
        new("reviewer2b", "周强", [RegistryRoles.SecondReview]),
        new("approver2", "吴敏", [RegistryRoles.Approver]),
        new("recorder2", "郑浩", [RegistryRoles.Recorder]),
        new("leader", "钱坤", [RegistryRoles.Leader]),
    ];
}

/// <summary>A demo member of staff.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="DisplayName">Name shown in the consoles.</param>
/// <param name="Roles">Roles held.</param>
public sealed record DemoUser(string UserName, string DisplayName, IReadOnlyList<string> Roles);
