using Microsoft.Data.Sqlite;
using Registry.Domain.Codes;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>A unit of the demo register with its recorded (first) owner, the owner's ID number and the current certificate number.</summary>
public sealed record DemoUnit(string Code, string Owner, string OwnerId, string? Certificate);

/// <summary>Looks up demo units in an app's SQLite file (read-only), for tests that need a unit in a given state.</summary>
public static class DemoData
{
    /// <summary>
    /// A current sole ownership by a person on a flat with nothing else on it (no mortgage, seizure, objection…).
    /// <paramref name="skip"/> picks the next such unit, for tests that need different ones on the same app.
    /// The highest codes first, far from the demo's own open cases.
    /// </summary>
    public static Task<DemoUnit> CleanSoleFlatAsync(string databasePath, int skip = 0) => FindAsync(databasePath, $"""
        SELECT e.UnitCode, h.Name, h.IdNumber, e.CertificateNumber FROM RegisterEntries e
        JOIN RightHolders h ON h.EntryId = e.Id
        JOIN Units u ON u.Code = e.UnitCode
        WHERE e.Kind = 'Ownership' AND e.ClosedAt IS NULL AND e.CoOwnership = 'Sole' AND h.IdKind = 'ResidentId' AND u.Kind = 'Household'
          AND NOT EXISTS (SELECT 1 FROM RegisterEntries x WHERE x.UnitCode = e.UnitCode AND x.ClosedAt IS NULL AND x.Kind <> 'Ownership')
        ORDER BY e.UnitCode DESC LIMIT 1 OFFSET {skip}
        """);

    /// <summary>A unit under an active seizure (查封) that a person owns.</summary>
    public static Task<DemoUnit> SeizedOwnedUnitAsync(string databasePath) => FindAsync(databasePath, """
        SELECT e.UnitCode, h.Name, h.IdNumber, e.CertificateNumber FROM RegisterEntries e
        JOIN RightHolders h ON h.EntryId = e.Id
        WHERE e.Kind = 'Ownership' AND e.ClosedAt IS NULL AND h.IdKind = 'ResidentId' AND h.Ordinal = 0
          AND EXISTS (SELECT 1 FROM RegisterEntries s WHERE s.UnitCode = e.UnitCode AND s.Kind = 'Seizure' AND s.SeizureState = 'Active' AND s.ClosedAt IS NULL)
        ORDER BY e.UnitCode LIMIT 1
        """);

    /// <summary>A resident ID number (居民身份证号) from its first 17 characters, with the right check character.</summary>
    public static string ResidentId(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);

    private static async Task<DemoUnit> FindAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new DemoUnit(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : throw new InvalidOperationException($"The demo data in {databasePath} has no unit for:\n{sql}");
    }
}
