using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Register;
using Registry.Domain.Codes;
using Registry.Persistence.Demo;
using Xunit.Abstractions;

namespace Registry.Persistence.Tests;

public sealed class DemoDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Initialize_EmptyDatabase_LoadsRealisticDemoRegister()
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true);
        output.WriteLine($"First run (migrate + 2,000 demo units): {stopwatch.Elapsed.TotalSeconds:0.00} s");
        await using var context = db.NewContext();

        var units = await context.Units.CountAsync();
        var owned = await context.Entries.Where(e => e.Kind == "Ownership" && e.ClosedAt == null).Select(e => e.UnitCode).Distinct().CountAsync();
        var mortgaged = await context.Entries.Where(e => e.Kind == "Mortgage" && e.ClosedAt == null).Select(e => e.UnitCode).Distinct().CountAsync();
        var twoMortgages = await context.Entries.Where(e => e.Kind == "Mortgage" && e.ClosedAt == null)
            .GroupBy(e => e.UnitCode).CountAsync(g => g.Count() > 1);
        var waiting = await context.Entries.CountAsync(e => e.Kind == "Seizure" && e.ClosedAt == null && e.SeizureState == "Waiting");
        var active = await context.Entries.CountAsync(e => e.Kind == "Seizure" && e.ClosedAt == null && e.SeizureState == "Active");
        var preNotices = await context.Entries.CountAsync(e => e.Kind == "PreNotice" && e.ClosedAt == null);
        var objections = await context.Entries.CountAsync(e => e.Kind == "Objection" && e.ClosedAt == null);
        var closed = await context.Entries.CountAsync(e => e.ClosedAt != null);
        var coOwnership = await context.Entries.Where(e => e.Kind == "Ownership" && e.ClosedAt == null)
            .GroupBy(e => e.CoOwnership).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        output.WriteLine($"units {units}, owned {owned}, mortgaged {mortgaged} ({100.0 * mortgaged / owned:0.0}% of owned), two mortgages {twoMortgages}, " +
            $"active seizures {active}, waiting {waiting}, pre-notices {preNotices}, objections {objections}, closed entries {closed}, " +
            string.Join(", ", coOwnership.Select(c => $"{c.Key} {c.Count}")));

        Assert.Equal(2_000, units);
        Assert.InRange(100.0 * mortgaged / owned, 20, 40);
        Assert.True(twoMortgages > 0);
        Assert.True(active > 0);
        Assert.True(waiting > 0);
        Assert.True(preNotices > 0);
        Assert.True(objections > 0);
        Assert.True(closed > 0);
        Assert.Equal(3, coOwnership.Count);
    }

    [Fact]
    public async Task Initialize_SecondRun_DoesNotLoadDemoDataAgain()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true, demoUnits: 200);

        await db.Services.InitializeRegistryDatabaseAsync();

        await using var context = db.NewContext();
        Assert.Equal(200, await context.Units.CountAsync());
    }

    [Fact]
    public async Task DemoUnits_LoadedBackThroughRepository_AreValidRegisters()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true, demoUnits: 300);
        await using var context = db.NewContext();
        var codes = await context.Units.Select(u => u.Code).ToListAsync();
        using var scope = db.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();

        foreach (var code in codes)
        {
            var register = await repository.FindAsync(UnitCode.Parse(code));
            Assert.NotNull(register);
        }
    }

    [Fact]
    public void Generate_SameSeedAndDate_GivesSameUnitsAndHolders()
    {
        static string Fingerprint(DemoRegisterGenerator generator) => string.Join("|", generator.Generate(500).Select(r =>
            r.Unit.Code + r.Unit.Location + string.Join(",", r.Entries.Select(e => e.Describe()))));

        var first = Fingerprint(new DemoRegisterGenerator(7, new DateOnly(2025, 9, 18)));
        var second = Fingerprint(new DemoRegisterGenerator(7, new DateOnly(2025, 9, 18)));
        var otherSeed = Fingerprint(new DemoRegisterGenerator(8, new DateOnly(2025, 9, 18)));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Generate_ManyUnits_CodesAreUnique()
    {
        var codes = new DemoRegisterGenerator(1, new DateOnly(2025, 9, 18)).Generate(20_000).Select(r => r.Unit.Code.Value).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
