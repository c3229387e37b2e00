using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.SharedData;
using Registry.Domain.Cases;
using Registry.Persistence.Cases;
using Registry.Persistence.SharedData;

namespace Registry.Persistence.Tests.SharedData;

/// <summary>The shared-data provider on the demo data: demo cases find their contract, tax and identity records.</summary>
public sealed class SharedDataProviderTests
{
    [Fact]
    public async Task DemoOpenCases_FindContractTaxIdentityAndFund()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true);
        var provider = db.Services.GetRequiredService<ISharedDataProvider>();
        var cases = db.Services.GetRequiredService<ICaseRepository>();
        await using var context = db.NewContext();
        var numbers = await context.Set<CaseRow>().Where(c => c.Status == "Accepted").Select(c => c.CaseNumber).ToListAsync();
        Assert.NotEmpty(numbers);

        foreach (var number in numbers)
        {
            var c = (await cases.FindAsync(Domain.Codes.CaseNumber.Parse(number)))!;
            var contract = await provider.GetNetSignedContractAsync(c.Units[0].Value);
            Assert.NotNull(contract);
            Assert.Equal(c.Declared.DeclaredPrice, contract.Price);
            Assert.All(c.Parties.Where(p => p.Role == CasePartyRole.Transferor), p => Assert.Contains(contract.Sellers, s => s.IdNumber == p.Party.IdNumber && s.Name == p.Party.Name));
            Assert.True((await provider.GetTaxPaymentAsync(number))!.Paid);
            Assert.True(await provider.GetMaintenanceFundPaidAsync(c.Units[0].Value));
            foreach (var p in c.Parties)
            {
                Assert.True((await provider.VerifyIdentityAsync(p.Party.Name, p.Party.IdNumber)).Verified, $"{p.Party.Name} {p.Party.IdNumber}");
            }
        }
    }

    [Fact]
    public async Task VerifyIdentity_WrongName_IsNotVerified_AndUnknownSourcesGiveNull()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true, demoUnits: 200);
        var provider = db.Services.GetRequiredService<ISharedDataProvider>();
        await using var context = db.NewContext();
        var identity = await context.Set<SharedIdentityRow>().OrderBy(i => i.IdNumber).FirstAsync();

        Assert.True((await provider.VerifyIdentityAsync(identity.Name, identity.IdNumber)).Verified);
        Assert.False((await provider.VerifyIdentityAsync(identity.Name + "某", identity.IdNumber)).Verified);
        Assert.Null(await provider.GetTaxPaymentAsync("34012120250918000001"));
        Assert.Null(await provider.GetCourtDocumentAsync("(2025)皖0121执0号"));
        Assert.Null(await provider.GetNetSignedContractAsync("340121999999GB00001F00010001"));
    }

    [Fact]
    public async Task JointDemoOwners_AreMarriedToEachOther()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true, demoUnits: 300);
        var provider = db.Services.GetRequiredService<ISharedDataProvider>();
        await using var context = db.NewContext();
        var joint = await context.Entries.Where(e => e.Kind == "Ownership" && e.CoOwnership == "Joint").Select(e => e.Id).FirstAsync();
        var holders = await context.Holders.Where(h => h.EntryId == joint).OrderBy(h => h.Ordinal).ToListAsync();

        var record = await provider.GetMarriageRecordAsync(holders[0].IdNumber);

        Assert.NotNull(record);
        Assert.Equal(holders[1].IdNumber, record.SpouseIdNumber);
    }

    [Fact]
    public async Task DemoSeeding_CreatesOpenAndFinishedCases()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync(seedDemoData: true);
        await using var context = db.NewContext();

        var byStatus = await context.Set<CaseRow>().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);

        Assert.InRange(byStatus.GetValueOrDefault("Completed"), 200, 1_000);
        Assert.InRange(byStatus.GetValueOrDefault("Accepted"), DemoCasesCount.Clean + 1, 100);
    }

    private static class DemoCasesCount
    {
        public const int Clean = Demo.DemoCases.CleanResaleCount;
    }
}
