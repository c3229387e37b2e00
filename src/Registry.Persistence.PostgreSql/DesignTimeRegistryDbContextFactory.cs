using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Persistence.PostgreSql;

/// <summary>Lets dotnet-ef build the context with the PostgreSQL provider (no database is contacted).</summary>
internal sealed class DesignTimeRegistryDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseNpgsql("Host=localhost;Database=registry", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.PostgreSqlMigrationsAssembly))
            .Options);
}
