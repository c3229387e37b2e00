using System.Data.Common;
using Npgsql;

namespace Registry.Persistence;

/// <summary>
/// What the product adds to a PostgreSQL connection string it was given. <b>Automatic preparation</b>: a case command
/// sends the same ~25 statements every time, and unprepared PostgreSQL parses and plans each one again. With
/// <c>Max Auto Prepare</c> Npgsql prepares a statement on a pooled connection once it has been used
/// <c>Auto Prepare Min Usages</c> times and then only binds and executes it (measured with the load test, same build,
/// alternated: PostgreSQL's CPU per phase 71–79 % → 57–64 % of a core, decisions/s 109–118 → 123–151). A value the operator
/// wrote in the connection string wins.
/// </summary>
internal static class PostgreSqlConnectionDefaults
{
    /// <summary>Prepared statements kept per physical connection (the product has fewer distinct hot statements).</summary>
    internal const int MaxAutoPrepare = 128;

    /// <summary>Uses of one statement text on a connection before it is prepared.</summary>
    internal const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(written, "maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Mentions(written, "autoprepareminusages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return builder.ConnectionString;
    }

    /// <summary>True when the operator's string sets <paramref name="keyword"/> (spelled with or without spaces, any case).</summary>
    private static bool Mentions(DbConnectionStringBuilder written, string keyword) =>
        written.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
