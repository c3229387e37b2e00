using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Register;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using static Registry.Persistence.Tests.Samples;

namespace Registry.Persistence.Tests;

public sealed class RegisterRepositoryTests
{
    [Fact]
    public async Task AddThenFind_RichRegister_RoundTripsEveryEntry()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var original = RichFlat();
        using (var scope = db.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(original);
        }

        using var readScope = db.Services.CreateScope();
        var loaded = await readScope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(original.Unit.Code);

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(original.Unit, loaded.Unit);
        Assert.Equal(original.Entries.Count, loaded.Entries.Count);
        foreach (var expected in original.Entries)
        {
            var actual = Assert.Single(loaded.Entries, e => e.Id == expected.Id);
            Assert.Equal(expected.Describe(), actual.Describe());
            Assert.Equal(expected.RecordedAt, actual.RecordedAt);
            Assert.Equal(expected.ClosedAt, actual.ClosedAt);
            Assert.Equal(expected.ClosedByCaseNumber, actual.ClosedByCaseNumber);
        }

        var now = loaded.Current;
        Assert.Equal([Share.Of(2, 3), Share.Of(1, 3)], now.Ownership!.Holders.Select(h => h.Share!.Value));
        Assert.Equal(650_000.50m, now.Mortgages[0].Amount);
        Assert.Equal(now.Ownership.Holders.Select(h => h.Party), now.Mortgages[0].Mortgagors);
        Assert.Equal((false, true), (now.Mortgages[0].TransferRestricted, now.Mortgages[1].TransferRestricted));
        Assert.Equal(new MortgageDetails(GuaranteeScope.Principal | GuaranteeScope.Interest, WangWu, InConstruction: true), now.Mortgages[1].Details);
        Assert.Equal(MortgageDetails.Default, now.Mortgages[0].Details);
        Assert.Equal("340121261006GB00099F00010001", Assert.Single(now.EasementBenefits).ServientUnit!.Value);
        Assert.Single(now.Easements);
        Assert.Equal("合肥市中级人民法院", now.ActiveSeizure!.Authority);
        Assert.Single(now.WaitingSeizures);
        Assert.Equal(new DateOnly(2025, 9, 27), Assert.Single(now.Objections).LapsesOn);
    }

    [Fact]
    public async Task Save_RankChangeByAgreement_ClosesTheOldEntry_AndTheNewRankSurvivesTheRoundTrip()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var register = RichFlat();
        using (var scope = db.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(register);
        }

        using (var scope = db.Services.CreateScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
            var loaded = (await repository.FindAsync(register.Unit.Code))!;
            var second = loaded.Current.Mortgages[1];
            loaded.ChangeMortgageRank(Case(13), At(13), second.Id, 1);
            await repository.SaveAsync(loaded);
        }

        using var readScope = db.Services.CreateScope();
        var reread = (await readScope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(register.Unit.Code))!;
        Assert.Equal([1_000_000m, 650_000.50m], reread.Current.Mortgages.Select(m => m.Amount));
        Assert.Equal(1, reread.PriorityOf(reread.Current.Mortgages[0].Id));
        var closed = Assert.Single(reread.Entries.OfType<MortgageEntry>(), m => !m.IsCurrent);
        Assert.Equal(Case(13), closed.ClosedByCaseNumber);
        Assert.True(reread.Current.Mortgages[0].RankedAt < reread.Current.Mortgages[1].AcceptedAt);
    }

    [Fact]
    public async Task Save_Transfer_ClosesOldRowAndAppendsNewOne()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var register = NewFlat();
        register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.Sole, [new Registry.Domain.Register.RightHolder(ZhangSan)]);
        using (var scope = db.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(register);
        }

        using (var scope = db.Services.CreateScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
            var loaded = (await repository.FindAsync(register.Unit.Code))!;
            loaded.TransferOwnership(Case(2), At(5), CoOwnership.Joint, [new RightHolder(LiSi), new RightHolder(WangWu)]);
            await repository.SaveAsync(loaded);
        }

        await using var context = db.NewContext();
        var rows = await context.Entries.AsNoTracking().OrderBy(e => e.RecordedAt).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(At(5), rows[0].ClosedAt);
        Assert.Equal(Case(2).Value, rows[0].ClosedByCaseNumber);
        Assert.Equal("房屋所有权", rows[0].RightType);
        Assert.Null(rows[1].ClosedAt);
        Assert.Equal(3, await context.Holders.CountAsync());
        Assert.Equal(2, (await context.Units.SingleAsync()).Version);
    }

    [Fact]
    public async Task Save_TwoWritersOnSameUnit_ExactlyOneWins()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var register = NewFlat();
        register.RecordOwnership(Case(1), At(1), "房屋所有权", CoOwnership.Sole, [new RightHolder(ZhangSan)]);
        using (var scope = db.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(register);
        }

        using var scopeA = db.Services.CreateScope();
        using var scopeB = db.Services.CreateScope();
        var repositoryA = scopeA.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var repositoryB = scopeB.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var a = (await repositoryA.FindAsync(register.Unit.Code))!;
        var b = (await repositoryB.FindAsync(register.Unit.Code))!;
        a.AddMortgage(Case(2), At(2), MortgageKind.General, Bank, 100_000m, Today, Today.AddYears(10), At(2, 8));
        b.AddMortgage(Case(3), At(2), MortgageKind.General, Bank, 200_000m, Today, Today.AddYears(10), At(2, 8));

        await repositoryA.SaveAsync(a);
        var ex = await Assert.ThrowsAsync<RegisterConcurrencyException>(() => repositoryB.SaveAsync(b));

        Assert.Equal(register.Unit.Code.Value, ex.UnitCode);
        await using var context = db.NewContext();
        var mortgage = await context.Entries.AsNoTracking().SingleAsync(e => e.Kind == "Mortgage");
        Assert.Equal(100_000m, mortgage.Amount);
    }

    [Fact]
    public async Task Add_ExistingUnitCode_IsRefusedNamingTheUnit()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        using var scope = db.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        await repository.AddAsync(NewFlat());

        var ex = await Assert.ThrowsAsync<DomainValidationException>(() => repository.AddAsync(NewFlat()));

        Assert.Equal("unitCode", ex.Field);
    }

    [Fact]
    public async Task Find_UnknownCode_ReturnsNull()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        using var scope = db.Services.CreateScope();

        var loaded = await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse("340121261006GB00014F00229999"));

        Assert.Null(loaded);
    }
}
