namespace Registry.Application.Migration;

/// <summary>Only a business admin (业务管理) may migrate, cancel or reassign; thrown for anyone else.</summary>
public sealed class MigrationAccessDeniedException : Exception
{
    /// <summary>Creates the exception for <paramref name="userName"/>.</summary>
    public MigrationAccessDeniedException(string userName)
        : base($"user '{userName}' does not hold the business-admin role (业务管理) and may not alter running cases")
    {
        UserName = userName;
    }

    /// <summary>Creates the exception.</summary>
    public MigrationAccessDeniedException()
    {
        UserName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public MigrationAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
        UserName = string.Empty;
    }

    /// <summary>Who was refused.</summary>
    public string UserName { get; }
}
