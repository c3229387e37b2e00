using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Application.Ledger;

namespace Registry.Persistence.Ledger;

/// <summary>Registers the key ring, the register ledger's chain, the file anchor and the audit.</summary>
internal static class LedgerPersistence
{
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration, RegistryDatabaseOptions database)
    {
        var options = new LedgerOptions { Directory = ResolveDirectory(configuration, database) };
        services.TryAddSingleton(options);
        services.TryAddSingleton<LedgerKeyRing>();
        services.TryAddSingleton<RegisterLedgerChain>();
        services.TryAddSingleton<FileLedgerAnchor>();
        services.AddSingleton<ILedgerAnchor>(sp => sp.GetRequiredService<FileLedgerAnchor>());
        services.TryAddSingleton<ILedgerAudit, LedgerAudit>();
        services.TryAddSingleton<Registry.Application.Documents.ICertificateTokens, LedgerCertificateTokens>();
        return services;
    }

    // Beside a SQLite file ({file}.ledger/), so each database has its own keys and checkpoints; else App_Data/ledger/{connection hash}.
    private static string ResolveDirectory(IConfiguration configuration, RegistryDatabaseOptions database)
    {
        var root = configuration["contentRoot"] ?? AppContext.BaseDirectory;
        if (configuration["Ledger:Directory"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, root);
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !database.ConnectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
            {
                return Path.GetFullPath(dataSource, root) + ".ledger";
            }
        }

        // A server database: one folder per connection, so two databases never share a checkpoint file.
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..12];
        return Path.Combine(root, "App_Data", "ledger", id);
    }
}
