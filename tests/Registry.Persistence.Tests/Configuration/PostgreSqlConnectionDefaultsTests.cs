using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Registry.Persistence.Tests.Configuration;

public sealed class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void A_postgresql_connection_string_gets_automatic_preparation()
    {
        var options = Resolve("Host=db;Database=registry;Username=registry");

        var built = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Assert.Equal(PostgreSqlConnectionDefaults.MaxAutoPrepare, built.MaxAutoPrepare);
        Assert.Equal(PostgreSqlConnectionDefaults.AutoPrepareMinUsages, built.AutoPrepareMinUsages);
        Assert.Equal("db", built.Host);
        Assert.Equal("registry", built.Database);
    }

    [Theory]
    [InlineData("Host=db;Database=registry;Max Auto Prepare=0", 0, PostgreSqlConnectionDefaults.AutoPrepareMinUsages)]
    [InlineData("Host=db;Database=registry;maxautoprepare=7;Auto Prepare Min Usages=9", 7, 9)]
    public void What_the_operator_wrote_wins(string connectionString, int maxAutoPrepare, int minUsages)
    {
        var built = new NpgsqlConnectionStringBuilder(Resolve(connectionString).ConnectionString);

        Assert.Equal(maxAutoPrepare, built.MaxAutoPrepare);
        Assert.Equal(minUsages, built.AutoPrepareMinUsages);
    }

    [Fact]
    public void Sqlite_connection_strings_are_left_alone()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Registry", "Data Source=/tmp/x.db")]).Build();

        Assert.Equal("Data Source=/tmp/x.db", PersistenceServiceCollectionExtensions.Resolve(configuration).ConnectionString);
    }

    /// <summary>On a real server: a statement run on one of the product's connections is prepared after its second use.</summary>
    [PostgresFact]
    public async Task The_server_holds_the_statement_prepared_after_repeated_use()
    {
        var options = Resolve(PostgresFactAttribute.Server!);
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 3; i++)
        {
            await using var command = new NpgsqlCommand("SELECT @n + 1 AS registry_auto_prepare_probe", connection);
            command.Parameters.AddWithValue("n", i);
            Assert.Equal(i + 1, await command.ExecuteScalarAsync());
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%registry_auto_prepare_probe%' AND statement NOT LIKE '%pg_prepared_statements%'", connection);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private static RegistryDatabaseOptions Resolve(string connectionString) =>
        PersistenceServiceCollectionExtensions.Resolve(new ConfigurationBuilder().AddInMemoryCollection(
            [new("Database:Provider", "PostgreSql"), new("ConnectionStrings:Registry", connectionString)]).Build());
}
