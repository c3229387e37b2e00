namespace Registry.Application.Tests;

/// <summary>
/// A test that needs a PostgreSQL server (<c>REGISTRY_TEST_POSTGRES</c>, started by <c>build/postgres.sh</c>; CI always has
/// one): reported as skipped, with the reason, where there is none.
/// </summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = "needs a PostgreSQL server in REGISTRY_TEST_POSTGRES (bash build/postgres.sh start)";
        }
    }
}
