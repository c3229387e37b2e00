namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// A test that needs a PostgreSQL server (<c>REGISTRY_TEST_POSTGRES</c>, started by <c>build/postgres.sh</c>; CI always has
/// one): reported as skipped, with the reason, where there is none.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Server is null)
        {
            Skip = "needs a PostgreSQL server in REGISTRY_TEST_POSTGRES (bash build/postgres.sh start)";
        }
    }

    public static string? Server => Environment.GetEnvironmentVariable("REGISTRY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;
}
