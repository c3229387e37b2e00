using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Registry.Persistence.SqlServer;

/// <summary>Lets dotnet-ef build the context with the SqlServer provider (no database is contacted).</summary>
internal sealed class DesignTimeRegistryDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlServer("Server=(local);Database=Registry;Trusted_Connection=True;TrustServerCertificate=True", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqlServerMigrationsAssembly))
            .Options);
}
