using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Persistence.Cases;
using Registry.Persistence.Dashboard;

namespace Registry.Persistence.Tests.Dashboard;

/// <summary>
/// The dashboard groups cases by office day in SQL: the database's day must be the day the office (UTC+8) saw, on both sides
/// of its midnight (16:00 UTC), or a case would be counted on the wrong day and its working days would differ from the
/// per-case count.
/// </summary>
public sealed class OfficeDayTests
{
    private static readonly DateTimeOffset[] Instants =
    [
        new(2026, 6, 1, 15, 59, 59, TimeSpan.Zero), // 23:59:59 on 1 June in the office
        new(2026, 6, 1, 16, 0, 0, TimeSpan.Zero),   // 00:00 on 2 June
        new(2026, 6, 2, 9, 0, 0, TimeSpan.FromHours(8)),
        new(2024, 2, 29, 23, 30, 0, TimeSpan.FromHours(8)),
        new(1999, 12, 31, 20, 0, 0, TimeSpan.Zero),  // 2000-01-01 04:00 in the office
    ];

    [Fact]
    public async Task Sqlite_CountsTheOfficeDay_OnBothSidesOfItsMidnight()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        for (var i = 0; i < Instants.Length; i++)
        {
            db.Add(new CaseRow { Id = Guid.NewGuid(), CaseNumber = $"C{i}", BusinessType = "HouseTransferResale", Status = "Accepted", AcceptedBy = "acceptor", Channel = "Counter", AcceptedAt = Instants[i] });
        }

        await db.SaveChangesAsync();

        var days = await db.Set<CaseRow>().OrderBy(c => c.CaseNumber).Select(c => OfficeDay.Of(c.AcceptedAt)).ToListAsync();

        Assert.Equal(Instants.Select(OfficeDay.Of), days);
        Assert.Equal([new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 2), new DateOnly(2024, 2, 29), new DateOnly(2000, 1, 1)],
            days.Select(DateOnly.FromDayNumber));
    }

    [Fact]
    public void PostgreSqlAndSqlServer_TranslateTheOfficeDay()
    {
        using var postgres = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseNpgsql("Host=unused;Database=registry").Options);
        using var sqlServer = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlServer("Server=unused;Database=Registry;Trusted_Connection=True").Options);

        var pg = postgres.Set<CaseRow>().GroupBy(c => OfficeDay.Of(c.AcceptedAt)).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();
        var ms = sqlServer.Set<CaseRow>().GroupBy(c => OfficeDay.Of(c.AcceptedAt)).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();

        Assert.Contains("date_part('epoch', c.\"AcceptedAt\")", pg, StringComparison.Ordinal);
        Assert.Contains("GROUP BY", pg, StringComparison.Ordinal);
        Assert.Contains("SWITCHOFFSET([c].[AcceptedAt], '+08:00')", ms, StringComparison.Ordinal);
        Assert.Contains("GROUP BY", ms, StringComparison.Ordinal);
    }
}
