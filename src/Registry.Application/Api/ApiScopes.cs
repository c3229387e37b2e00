namespace Registry.Application.Api;

/// <summary>OAuth scopes of the API; each client kind is granted exactly one.</summary>
public static class ApiScopes
{
    /// <summary>Mortgage registrations filed by a bank for itself as mortgagee.</summary>
    public const string Mortgage = "registry.mortgage";

    /// <summary>Seizures, releases and judicial assistance filed by a court naming itself as the authority.</summary>
    public const string Judicial = "registry.judicial";

    /// <summary>The scope granted to a client of <paramref name="kind"/>.</summary>
    public static string For(ApiClientKind kind) => kind == ApiClientKind.Court ? Judicial : Mortgage;
}
