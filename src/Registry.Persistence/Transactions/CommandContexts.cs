using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Registry.Persistence.Transactions;

/// <summary>The pool of contexts used only inside case commands (one per database; see <see cref="AmbientDbContextFactory"/>).</summary>
/// <param name="options">The registry database's options.</param>
internal sealed class CommandContexts(DbContextOptions<RegistryDbContext> options)
{
    public PooledDbContextFactory<RegistryDbContext> Pool { get; } = new(options);
}
