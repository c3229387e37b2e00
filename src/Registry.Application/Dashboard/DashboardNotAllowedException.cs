namespace Registry.Application.Dashboard;

/// <summary>The person may not see the office's indicators (only leaders and business admins may).</summary>
public sealed class DashboardNotAllowedException(string message) : Exception(message);
