using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Registry.Application.RuleSets;

/// <summary>First-run loading of the shipped rule sets (the repository's <c>rules/</c> folder) into the database, like the workflow definitions.</summary>
public static class RuleSetSeeder
{
    /// <summary>The actor recorded as publisher of repository rule sets.</summary>
    public const string Actor = "repository";

    /// <summary>
    /// Publishes every rule-set file in <paramref name="directory"/> whose version the database does not have yet.
    /// Idempotent: a set whose file version (or a later one an admin published) is in the database is left alone; a file
    /// that says something else under a version the database has is reported as skipped. The files were validated and
    /// compiled when the rules layer loaded them (<c>AddRegistryRules</c> fails fast), so this only stores them.
    /// Two nodes starting at once: one publishes, the other finds it done.
    /// </summary>
    /// <param name="services">The root service provider (needs an <see cref="IRuleSetVersionStore"/> and <see cref="TimeProvider"/>).</param>
    /// <param name="directory">The rules folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>What was published, left unchanged or skipped.</returns>
    public static async Task<RuleSetSeedResult> PublishRepositoryRuleSetsAsync(this IServiceProvider services, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var store = services.GetRequiredService<IRuleSetVersionStore>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(RuleSetSeeder).FullName!) ?? NullLogger.Instance;
        var published = new List<string>();
        var unchanged = new List<string>();
        var skipped = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, cancellationToken);
            if (RuleSetDocuments.Header(json) is not { } header || header.Version < 1)
            {
                continue; // the schema and the materials checklist are not rule sets
            }

            var key = $"{header.Name} v{header.Version}";
            var versions = await store.ListVersionsAsync(header.Name, cancellationToken);
            var latest = versions.Count > 0 ? versions[0] : null;
            if (versions.FirstOrDefault(v => v.Version == header.Version) is { } existing)
            {
                // Stamped against the version it was based on when stored, the same file gives the same document.
                var basis = existing.BasedOn is { } b ? versions.FirstOrDefault(v => v.Version == b) : null;
                if (RuleSetDocuments.Stamp(json, header.Version, basis).Document == existing.Document)
                {
                    unchanged.Add(key);
                }
                else
                {
                    skipped.Add($"{key} ({Path.GetFileName(file)}): differs from the version in the database; give the file a new version");
                }

                continue;
            }

            if (latest is not null && latest.Version > header.Version)
            {
                unchanged.Add($"{key} (the database has v{latest.Version})");
                continue;
            }

            var (stamped, rules) = RuleSetDocuments.Stamp(json, header.Version, latest);
            try
            {
                await store.AppendAsync(new RuleSetVersionRecord(header.Name, header.Version, header.Kind, stamped, time.GetUtcNow(), Actor,
                    latest?.Version, $"从 rules/{Path.GetFileName(file)} 载入 / loaded from rules/{Path.GetFileName(file)}", rules), cancellationToken);
                published.Add(key);
            }
            catch (RuleSetPublishConflictException)
            {
                unchanged.Add(key); // another node loaded it first
            }
        }

        if (published.Count > 0)
        {
            logger.LogInformation("Published {Count} rule sets from {Directory}: {RuleSets}", published.Count, directory, string.Join(", ", published));
        }

        foreach (var s in skipped)
        {
            logger.LogWarning("Rule set not loaded: {Reason}", s);
        }

        return new RuleSetSeedResult(published, unchanged, skipped);
    }
}
