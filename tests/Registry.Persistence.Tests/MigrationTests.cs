using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Registry.Persistence.Tests;

public sealed class MigrationTests
{
    private static RegistryDbContext SqlServerContext() => new(new DbContextOptionsBuilder<RegistryDbContext>()
        .UseSqlServer("Server=unused;Database=Registry;Trusted_Connection=True", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqlServerMigrationsAssembly))
        .Options);

    private static RegistryDbContext PostgreSqlContext() => new(new DbContextOptionsBuilder<RegistryDbContext>()
        .UseNpgsql("Host=unused;Database=registry", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.PostgreSqlMigrationsAssembly))
        .Options);

    private static RegistryDbContext SqliteContext(SqliteConnection connection) => new(new DbContextOptionsBuilder<RegistryDbContext>()
        .UseSqlite(connection, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly))
        .Options);

    [Fact]
    public void SqlServerMigrations_GenerateScript_CreatesRegisterTables()
    {
        using var context = SqlServerContext();

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [RegisterEntries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [RightHolders]", script, StringComparison.Ordinal);
        Assert.Contains("[RecordedAt] datetimeoffset NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[Amount] decimal(18,2) NULL", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_Units_Location]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void MigrationSets_SqliteAndSqlServer_HaveTheSameMigrations()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var sqlite = SqliteContext(connection);
        using var sqlServer = SqlServerContext();

        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var sqlServerIds = sqlServer.Database.GetMigrations().ToList();

        Assert.NotEmpty(sqliteIds);
        Assert.Equal(sqliteIds, sqlServerIds);
    }

    [Fact]
    public void SqliteModel_HasNoPendingModelChanges()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var context = SqliteContext(connection);

        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void PostgreSqlModel_HasNoPendingModelChanges()
    {
        using var context = PostgreSqlContext();

        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void PostgreSqlMigrations_GenerateScript_CreatesRegisterTablesWithInstantsAsTimestamptz()
    {
        using var context = PostgreSqlContext();

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE \"Units\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"RegisterEntries\"", script, StringComparison.Ordinal);
        Assert.Contains("\"RecordedAt\" timestamp with time zone NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("\"Amount\" numeric(18,2)", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServerModel_HasNoPendingModelChanges()
    {
        using var context = SqlServerContext();

        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Initialize_SqliteFile_AppliesMigrationsAndUsesWal()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        await using var context = db.NewContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        await context.Database.OpenConnectionAsync();
        using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(File.Exists(db.DatabasePath));
    }
}
