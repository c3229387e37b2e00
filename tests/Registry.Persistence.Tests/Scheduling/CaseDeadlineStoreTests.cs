using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Deadlines;
using Registry.Application.Notifications;

namespace Registry.Persistence.Tests.Scheduling;

public sealed class CaseDeadlineStoreTests
{
    private static readonly DateTimeOffset Due = new(2025, 9, 26, 9, 30, 0, TimeSpan.Zero);

    private static CaseDeadlineRecord Sample(string caseNumber, DateTimeOffset? nextCheckAt = null) => new()
    {
        CaseNumber = caseNumber,
        BusinessType = "TransferSale",
        AcceptedAt = Due.AddDays(-7),
        TimeLimitCode = "TL-5",
        DueAt = Due,
        AmberFrom = Due.AddDays(-1),
        EscalateAt = Due.AddDays(1),
        NextCheckAt = nextCheckAt ?? Due.AddDays(-1),
        Pauses = [new DeadlinePauseRecord(Due.AddDays(-5), Due.AddDays(-4), ClockStopReason.Supplement, "补正通知书 1")],
    };

    private static OutboxMessage Warning(string caseNumber) => new(NotificationChannel.InApp, "role:registrar", "deadline.amber",
        new Dictionary<string, string>(), "预警", $"deadline:{caseNumber}:Amber:{Due.UtcTicks}:role:registrar");

    [Fact]
    public async Task Insert_SameCaseTwice_IsRefusedWithConflict()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<ICaseDeadlineStore>();
        await store.InsertAsync(Sample("C-1"));

        var e = await Assert.ThrowsAsync<CaseDeadlineConflictException>(() => store.InsertAsync(Sample("C-1")));
        Assert.Contains("C-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundTrip_KeepsPausesAndInstantsExactly()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<ICaseDeadlineStore>();
        await store.InsertAsync(Sample("C-2"));

        var stored = await store.FindAsync("C-2");

        Assert.Equal(Due, stored!.DueAt);
        var pause = Assert.Single(stored.Pauses);
        Assert.Equal(ClockStopReason.Supplement, pause.Reason);
        Assert.Equal("补正通知书 1", pause.Document);
    }

    [Fact]
    public async Task TryUpdate_WithStaleVersion_ChangesNothingAndEnqueuesNothing()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<ICaseDeadlineStore>();
        await store.InsertAsync(Sample("C-3"));
        var amber = Sample("C-3") with { Stage = DeadlineStage.Amber, NextCheckAt = Due };

        Assert.True(await store.TryUpdateAsync(amber, DeadlineStage.Green, 0, [Warning("C-3")]));
        Assert.False(await store.TryUpdateAsync(amber with { Stage = DeadlineStage.Red }, DeadlineStage.Green, 0, [Warning("C-3") with { DedupeKey = "other" }]));

        var stored = await store.FindAsync("C-3");
        Assert.Equal(DeadlineStage.Amber, stored!.Stage);
        Assert.Equal(1, stored.Version);
        Assert.Equal(1, await db.Services.GetRequiredService<IOutboxDeliveryStore>().CountAsync(OutboxStatus.Pending));
    }

    [Fact]
    public async Task TryUpdateBatch_StoresTheCurrentRowsAndSkipsTheStaleOneWithItsMessage()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<ICaseDeadlineStore>();
        await store.InsertManyAsync([Sample("B-1"), Sample("B-2")]);
        Assert.True(await store.TryUpdateAsync(Sample("B-2") with { Stage = DeadlineStage.Amber }, DeadlineStage.Green, 0, []));

        var stored = await store.TryUpdateBatchAsync(
        [
            new CaseDeadlineUpdate(Sample("B-1") with { Stage = DeadlineStage.Amber }, DeadlineStage.Green, 0, [Warning("B-1")]),
            new CaseDeadlineUpdate(Sample("B-2") with { Stage = DeadlineStage.Red }, DeadlineStage.Green, 0, [Warning("B-2")]),
        ]);

        Assert.Equal([true, false], stored);
        Assert.Equal(DeadlineStage.Amber, (await store.FindAsync("B-2"))!.Stage);
        var pending = await db.Services.GetRequiredService<IOutboxDeliveryStore>().ListDueAsync(Due.AddYears(1), 10);
        Assert.Equal("deadline:B-1:Amber:" + Due.UtcTicks + ":role:registrar", Assert.Single(pending).Message.DedupeKey);
    }

    [Fact]
    public async Task ListDue_ReturnsOnlyRowsWhoseNextCheckHasComeOldestFirst()
    {
        await using var db = await SqliteRegistryDatabase.CreateAsync();
        var store = db.Services.GetRequiredService<ICaseDeadlineStore>();
        await store.InsertManyAsync([Sample("late", Due.AddHours(2)), Sample("early", Due.AddHours(-2)), Sample("now", Due)]);

        var due = await store.ListDueAsync(Due, 10);

        Assert.Equal(["early", "now"], due.Select(d => d.CaseNumber));
    }

    [Fact]
    public void SqlServerScript_CreatesDeadlineExpiryAndOutboxTablesWithTheirIndexes()
    {
        using var context = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseSqlServer("Server=unused;Database=Registry;Trusted_Connection=True", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqlServerMigrationsAssembly))
            .Options);

        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [CaseDeadlines]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_CaseDeadlines_NextCheckAt]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [RegisterExpiries]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_OutboxMessages_DedupeKey]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [StaffInboxItems]", script, StringComparison.Ordinal);
    }
}
