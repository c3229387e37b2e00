using Microsoft.Extensions.Configuration;
using Quartz;

namespace Registry.Scheduling;

/// <summary>
/// Where Quartz keeps its jobs. On the embedded SQLite default there is one node, and the jobs live in memory (each job
/// is idempotent and reads its work from the database, so nothing is lost at a restart). On a server database several
/// web nodes share the database, and Quartz uses its ADO.NET store on it in clustered mode: the database lock makes each
/// firing happen on one node, and a node that stops checking in has its work taken over by the others. Quartz creates
/// its own tables (prefix <c>qrtz_</c>) on first start when they are missing; it never alters or drops them.
/// </summary>
internal sealed record QuartzStore(string Provider, string? ConnectionString, bool Clustered)
{
    internal const string TablePrefix = "qrtz_";

    internal static QuartzStore From(IConfiguration configuration, SchedulingOptions options)
    {
        var provider = configuration["Database:Provider"] is { Length: > 0 } configured ? configured : "Sqlite";
        var server = !provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);
        var clustered = options.Clustered ?? server;
        if (clustered && !server)
        {
            throw new InvalidOperationException("Scheduling:Clustered needs a server database (Database:Provider PostgreSql or SqlServer); SQLite runs one node.");
        }

        return new QuartzStore(provider, configuration.GetConnectionString("Registry"), clustered);
    }

    internal void Apply(IQuartzBuilder quartz, SchedulingOptions options)
    {
        if (!Clustered)
        {
            return; // Quartz's default: the in-memory store.
        }

        // Clustering gives each node its own generated instance id; the scheduler name is shared, which makes them one cluster.
        quartz.UsePersistentStore(store =>
        {
            store.ProvisionSchema();
            store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
            store.ConfigureStore(ado => ado.TablePrefix = TablePrefix);
            if (Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
            {
                store.UsePostgres(ConnectionString!);
            }
            else
            {
                store.UseSqlServer(ConnectionString!);
            }
        });
    }
}
