namespace Registry.Application.Dashboard;

/// <summary>The person asking for the dashboard (user name and roles), checked against <see cref="DashboardService.ViewerRoles"/>.</summary>
/// <param name="UserName">Sign-in name.</param>
/// <param name="Roles">Roles held.</param>
public sealed record DashboardViewer(string UserName, IReadOnlyCollection<string> Roles);
