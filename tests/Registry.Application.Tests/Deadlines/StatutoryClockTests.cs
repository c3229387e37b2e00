using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.Deadlines;
using Registry.Application.Designer;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Deadlines;

/// <summary>
/// The statutory clock through the product's own services (acceptance, decisions, signals) on a real SQLite file and a
/// fake clock: a supplement (补正) and an announcement (公告) stop it for exactly their working days across the National Day
/// holiday, and a deadline that reaches a year without a loaded calendar is provisional until that year is loaded.
/// Expected dates are counted by hand on calendars/2026.json (holidays 25–27 Sep, 1–7 Oct; Sun 20 Sep and Sat 10 Oct worked).
/// </summary>
public sealed class StatutoryClockTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"registry-clock-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(China(2026, 9, 24, 9));
    private ServiceProvider _services = default!;

    private static DateTimeOffset China(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = _database,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time).AddRegistryServices(configuration).BuildServiceProvider();
        await _services.InitializeRegistryAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    // A homestead first registration (宅基地, TL-30, catalogue-announcement template), as the HomesteadFirst scenario tells it.
    private async Task<string> AcceptHomesteadAsync(string unit)
    {
        var feed = _services.GetRequiredService<ISharedDataFeed>();
        await feed.RecordIdentityAsync("王秀英", "340121197001141268");
        await feed.RecordMarriageAsync("340121197001141268", "Unmarried");
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "HomesteadFirst",
            Units = [unit],
            Parties = [new AcceptanceParty("Holder", "王秀英", "340121197001141268", null)],
            Facts = new Dictionary<string, string>
            {
                ["unitKind"] = "Household",
                ["location"] = "长丰县水湖镇双墩村王郢组18号",
                ["use"] = "农村宅基地",
                ["area"] = "180",
                ["coOwnership"] = "Sole",
            },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "SURVEY_REPORT"],
        }, "acceptor");
        return result.Case.Number.Value;
    }

    private async Task DecideAsync(string caseNumber, string user, string role, DecisionRequest decision)
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(caseNumber, user, [role], decision);
    }

    private async Task<CaseDeadlineView> DeadlineAsync(string caseNumber) =>
        await _services.GetRequiredService<ICaseDeadlineService>().GetRemainingAsync(caseNumber);

    [Fact]
    public async Task AnAnnouncement_StopsTheClockForExactlyItsFifteenWorkingDays_AcrossNationalDay()
    {
        var number = await AcceptHomesteadAsync("340121101201JC00021F00010001");
        // Thu 24 Sep + 30 working days (28–30 Sep, 8–10 Oct, …) = Thu 12 Nov.
        Assert.Equal(China(2026, 11, 12, 17, 30), (await DeadlineAsync(number)).DueAt);

        _time.SetUtcNow(China(2026, 9, 24, 10));
        await DecideAsync(number, "reviewer1", RegistryRoles.FirstReview, new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "材料齐全，拟同意登记。" });
        Assert.True((await DeadlineAsync(number)).IsPaused); // waiting for announcement-ended, clockEffect paused

        // 15 working days later (28, 29, 30 Sep, 8, 9, Sat 10, 12–16, 19–22 Oct) the announcement ends.
        _time.SetUtcNow(China(2026, 10, 22, 10));
        await using (var scope = _services.CreateAsyncScope())
        {
            var caseNumber = Registry.Domain.Codes.CaseNumber.Parse(number);
            var registrationCase = await scope.ServiceProvider.GetRequiredService<Registry.Application.Cases.ICaseRepository>().FindAsync(caseNumber);
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SignalAsync(registrationCase!.WorkflowInstanceId!.Value, "announcement-ended", "system");
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(number, instance, "system");
        }

        var after = await DeadlineAsync(number);
        Assert.False(after.IsPaused);
        // Thu 12 Nov + 15 working days = Thu 3 Dec.
        Assert.Equal(China(2026, 12, 3, 17, 30), after.DueAt);
        var record = await _services.GetRequiredService<ICaseDeadlineStore>().FindAsync(number);
        var pause = Assert.Single(record!.Pauses);
        Assert.Equal((ClockStopReason.Announcement, China(2026, 9, 24, 10), (DateTimeOffset?)China(2026, 10, 22, 10)), (pause.Reason, pause.Start, pause.End));
        Assert.Equal(China(2026, 12, 3, 17, 30), record.DueAt); // what the sweep acts on
    }

    [Fact]
    public async Task ASupplement_StopsTheClockForExactlyItsWorkingDays_AcrossNationalDay()
    {
        _time.SetUtcNow(China(2026, 9, 30, 9));
        var number = await AcceptHomesteadAsync("340121101201JC00022F00010001");
        // Wed 30 Sep + 30 working days = Tue 17 Nov.
        Assert.Equal(China(2026, 11, 17, 17, 30), (await DeadlineAsync(number)).DueAt);

        _time.SetUtcNow(China(2026, 9, 30, 10));
        await DecideAsync(number, "reviewer1", RegistryRoles.FirstReview, new DecisionRequest
        {
            Kind = DecisionKind.Return,
            ReturnTo = "acceptance",
            ReasonCode = "MATERIALS-INCOMPLETE",
            Opinion = "请补正权籍调查成果。",
        });
        Assert.True((await DeadlineAsync(number)).IsPaused);

        // The applicant supplements on Mon 12 Oct: 8, 9, Sat 10 and 12 Oct did not count (4 working days).
        _time.SetUtcNow(China(2026, 10, 12, 10));
        await DecideAsync(number, "acceptor", RegistryRoles.Acceptor, new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "已补正，材料齐全。" });

        var after = await DeadlineAsync(number);
        Assert.False(after.IsPaused);
        // Tue 17 Nov + 4 working days = Mon 23 Nov.
        Assert.Equal(China(2026, 11, 23, 17, 30), after.DueAt);
        var pause = Assert.Single((await _services.GetRequiredService<ICaseDeadlineStore>().FindAsync(number))!.Pauses);
        Assert.Equal(ClockStopReason.Supplement, pause.Reason);
    }

    [Fact]
    public async Task ACaseAcceptedInLateDecember_GetsAProvisionalDeadlineIn2027_WhichTheLoaded2027CalendarReplaces()
    {
        _time.SetUtcNow(China(2026, 12, 28, 9));
        var number = await AcceptHomesteadAsync("340121101201JC00023F00010001");

        // Provisional 2027: 元旦 1 Jan, 春节 5 and 8 Feb (除夕, 初一 — the 6th and 7th are a weekend) are rest days.
        var provisional = await DeadlineAsync(number);
        Assert.True(provisional.IsProvisional);
        Assert.Equal(China(2027, 2, 11, 17, 30), provisional.DueAt);
        Assert.True((await _services.GetRequiredService<ICaseDeadlineStore>().FindAsync(number))!.IsProvisional);

        // A 2027 notice (made up for the test): 元旦 1 Jan; 春节 5 and 8–11 Feb off, Sat 20 Feb worked.
        var file = """
            { "year": 2027, "source": { "authority": "test", "title": "made-up 2027 notice", "url": "https://example.org/2027" }, "workingDays": 256,
              "days": [ {"date": "2027-01-01", "kind": "Holiday", "holiday": "元旦"},
                        {"date": "2027-02-05", "kind": "Holiday", "holiday": "春节"}, {"date": "2027-02-08", "kind": "Holiday", "holiday": "春节"},
                        {"date": "2027-02-09", "kind": "Holiday", "holiday": "春节"}, {"date": "2027-02-10", "kind": "Holiday", "holiday": "春节"},
                        {"date": "2027-02-11", "kind": "Holiday", "holiday": "春节"}, {"date": "2027-02-20", "kind": "AdjustedWorkday", "holiday": "春节"} ] }
            """u8.ToArray();
        var admin = _services.GetRequiredService<ICalendarAdministration>();
        var result = await admin.LoadYearAsync(file, "2027.json", new DesignerUser("admin", [RegistryRoles.BusinessAdmin]));

        Assert.Equal((2027, 1, 1, 0), (result.Year, result.Recomputed, result.Changed, result.StillProvisional));
        var official = await DeadlineAsync(number);
        Assert.False(official.IsProvisional);
        Assert.Equal(China(2027, 2, 16, 17, 30), official.DueAt);
        Assert.False((await _services.GetRequiredService<ICaseDeadlineStore>().FindAsync(number))!.IsProvisional);
        Assert.Contains(admin.ListYears(2026, 2028), y => y is { Year: 2027, IsOfficial: true, Source: "database" });
        Assert.Contains(admin.ListYears(2026, 2028), y => y is { Year: 2028, IsOfficial: false });
    }

    [Fact]
    public async Task LoadingACalendar_IsRefusedForANonAdmin_AndForAnInvalidFile_AndNothingIsStored()
    {
        var admin = _services.GetRequiredService<ICalendarAdministration>();
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() =>
            admin.LoadYearAsync("{}"u8.ToArray(), "2027.json", new DesignerUser("reviewer1", [RegistryRoles.FirstReview])));
        var bad = await Assert.ThrowsAsync<CalendarFileRejectedException>(() => admin.LoadYearAsync(
            """{ "year": 2027, "source": { "authority": "a", "title": "t", "url": "https://x" }, "workingDays": 261, "days": [ {"date": "2027-01-04", "kind": "AdjustedWorkday"} ] }"""u8.ToArray(),
            "2027.json", new DesignerUser("admin", [RegistryRoles.BusinessAdmin])));

        Assert.Contains("2027-01-04", bad.Message, StringComparison.Ordinal);
        Assert.Contains("AdjustedWorkday", bad.Message, StringComparison.Ordinal);
        Assert.Empty(await _services.GetRequiredService<ICalendarYearStore>().ListAsync());
        Assert.DoesNotContain(admin.ListYears(2027, 2027), y => y.IsOfficial);
    }
}
