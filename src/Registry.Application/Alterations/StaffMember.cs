namespace Registry.Application.Alterations;

/// <summary>A member of staff.</summary>
/// <param name="Login">The sign-in name (what the workflow journal records).</param>
/// <param name="DisplayName">The name shown (e.g. 王芳).</param>
public sealed record StaffMember(string Login, string DisplayName);
