namespace Registry.Application.Designer;

/// <summary>The user may not use the designer: only the business admin (业务管理) may edit or publish definitions.</summary>
public sealed class DesignerAccessDeniedException : Exception
{
    /// <summary>Creates the exception naming the user.</summary>
    /// <param name="userName">The refused user.</param>
    public DesignerAccessDeniedException(string userName)
        : base($"user '{userName}' does not hold the business-admin role (业务管理) and may not use the workflow designer")
    {
        UserName = userName;
    }

    /// <summary>The refused user.</summary>
    public string UserName { get; }
}
