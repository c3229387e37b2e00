namespace Registry.Application.Dashboard;

/// <summary>The period and business type the dashboard shows.</summary>
/// <param name="From">First day (China time), inclusive.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="BusinessType">Only this business type; null or blank for all.</param>
public sealed record DashboardFilter(DateOnly From, DateOnly To, string? BusinessType = null);
