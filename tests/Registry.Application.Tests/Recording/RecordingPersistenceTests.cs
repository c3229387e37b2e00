using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Recording;
using Registry.Application.Recording.Effects;
using Registry.Application.Register;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Persistence;
using static Registry.Application.Tests.Recording.RecordingFixture;

namespace Registry.Application.Tests.Recording;

/// <summary>
/// The documented way to store effects: apply in memory, then save every changed register in one transaction; a
/// concurrency conflict on any unit rolls the whole booking back. Real SQLite file, migrated by the product's initializer.
/// </summary>
public sealed class RecordingPersistenceTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-recording-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = Path.Combine(_directory, "registry.db"),
                ["Database:SeedDemoData"] = "false",
            })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(At(20)))
            .AddRegistryPersistence(configuration)
            .AddRegistryRecording()
            .BuildServiceProvider();
        await _services.InitializeRegistryDatabaseAsync();

        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var a = OwnedByZhangSan(UnitA);
        var b = Open(UnitB);
        Applier().Apply([b], [new CreateOwnership(UnitB, RightType, CoOwnership.Sole, [LiSi])], Ctx(2, 2));
        await repository.AddAsync(a);
        await repository.AddAsync(b);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Each test has its own folder; a leftover does not affect others.
        }
    }

    [Fact]
    public async Task Booking_SavedInOneTransaction_IsReadBackWithPriorities()
    {
        await BookAsync(Ctx(3, 3), Mortgage(BankA));
        await BookAsync(Ctx(4, 3), Mortgage(BankB) with { AcceptedAt = At(3, 8).AddMinutes(5) });
        await BookAsync(Ctx(5, 4), new TransferMortgage(UnitA, new PartySpec("合肥科技农村商业银行", CreditCode("91340100MA2N00002")), Priority: 1),
            new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [WangWu]),
            new TransferOwnership(UnitB, [LiSi.IdNumber], CoOwnership.Sole, [ZhangSan]));

        var a = await LoadAsync(UnitA);
        var b = await LoadAsync(UnitB);
        Assert.Equal(["合肥科技农村商业银行", BankB.Name], a.Current.Mortgages.Select(m => m.Mortgagee.Name));
        Assert.Equal("王五", a.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal("张三", b.Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal(BankA.Name, a.AsOf(At(3, 12)).Mortgages[0].Mortgagee.Name);
    }

    [Fact]
    public async Task Booking_ConflictOnOneUnit_LeavesEveryUnitUnchanged()
    {
        // Someone else books unit B after we loaded it.
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var a = (await repository.FindAsync(UnitCode.Parse(UnitA)))!;
        var b = (await repository.FindAsync(UnitCode.Parse(UnitB)))!;
        await BookAsync(Ctx(3, 3), new AddObjection(UnitB, Party(WangWu), "争议"));

        Applier().Apply([a, b], [new TransferOwnership(UnitA, [ZhangSan.IdNumber], CoOwnership.Sole, [LiSi]), new TransferOwnership(UnitB, [LiSi.IdNumber], CoOwnership.Sole, [ZhangSan])], Ctx(4, 4));
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await repository.SaveAsync(a);
            await Assert.ThrowsAsync<RegisterConcurrencyException>(() => repository.SaveAsync(b));
            await transaction.RollbackAsync();
        }

        Assert.Equal("张三", (await LoadAsync(UnitA)).Current.Ownership!.Holders[0].Party.Name);
        Assert.Equal("李四", (await LoadAsync(UnitB)).Current.Ownership!.Holders[0].Party.Name);
    }

    private async Task BookAsync(RecordingContext context, params RegisterEffect[] effects)
    {
        await using var scope = _services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var registers = new List<UnitRegister>();
        foreach (var code in RegisterEffects.UnitsOf(effects))
        {
            registers.Add((await repository.FindAsync(code))!);
        }

        scope.ServiceProvider.GetRequiredService<IRegisterEffectApplier>().Apply(registers, effects, context);
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var register in registers)
        {
            await repository.SaveAsync(register);
        }

        await transaction.CommitAsync();
    }

    private async Task<UnitRegister> LoadAsync(string code)
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(code)))!;
    }
}
