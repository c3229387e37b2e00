using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Worklist;
using Registry.Persistence;
using Registry.Workflows;

namespace Registry.Application.Tests.Worklist;

/// <summary>The worklist query port on a real, migrated SQLite file filled with rows shaped like the engine's and the cases'.</summary>
public sealed class WorklistQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "registry-worklist-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    private IWorklistQuery Query => _services.GetRequiredService<IWorklistQuery>();

    public async Task InitializeAsync()
    {
        var path = Path.Combine(_directory, "registry.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = path, ["Database:SeedDemoData"] = "false" })
            .Build();
        _services = new ServiceCollection().AddRegistryPersistence(configuration).AddRegistryWorkflows().BuildServiceProvider();
        await _services.InitializeRegistryDatabaseAsync();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();

        // Open tasks: 1 group first-review (oldest), 2 group first-review, 3 claimed by me, 4 claimed by someone else,
        // 5 another role, 6 group first-review and overdue. Done: cases 7 and 8 by me, 9 by someone else.
        Case(connection, 1, "HouseTransferResale", "王小明", "340121001001GB00001F00010001", open: true);
        Case(connection, 2, "HouseFirst", "李华", "340121001001GB00002F00010001", open: true);
        Case(connection, 3, "HouseTransferResale", "张伟", "340121001001GB00003F00010001", open: true);
        Case(connection, 4, "HouseTransferResale", "赵六", "340121001001GB00004F00010001", open: true);
        Case(connection, 5, "HouseTransferResale", "钱七", "340121001001GB00005F00010001", open: true);
        Case(connection, 6, "HouseFirst", "王大力", "340121001001GB00006F00010001", open: true);
        Case(connection, 7, "HouseTransferResale", "孙八", "340121002002GB00007F00010001", open: false);
        Case(connection, 8, "HouseFirst", "王九", "340121002002GB00008F00010001", open: false);
        Case(connection, 9, "HouseFirst", "周十", "340121002002GB00009F00010001", open: false);
        Task(connection, 1, "first-review", null, Now.AddHours(-9));
        Task(connection, 2, "first-review", null, Now.AddHours(-5));
        Task(connection, 3, "first-review", "me", Now.AddHours(-4));
        Task(connection, 4, "first-review", "other", Now.AddHours(-3));
        Task(connection, 5, "approver", null, Now.AddHours(-2));
        Task(connection, 6, "first-review", null, Now.AddHours(-1));
        Deadline(connection, 1, Now.AddDays(3), closed: false);
        Deadline(connection, 6, Now.AddDays(-1), closed: false);
        Deadline(connection, 4, Now.AddDays(-2), closed: false);
        Journal(connection, 7, 1, "Claimed", "me", null, Now.AddDays(-3));
        Journal(connection, 7, 2, "Completed", "me", "approve", Now.AddDays(-3).AddHours(1));
        Journal(connection, 8, 1, "Returned", "me", "return", Now.AddDays(-1));
        Journal(connection, 9, 1, "Completed", "other", "approve", Now.AddDays(-2));
        Journal(connection, 3, 1, "Claimed", "me", null, Now.AddHours(-4));
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
            // Each test has its own folder.
        }
    }

    private static WorklistCriteria Tab(WorklistView view) => new(view, "me", ["first-review"], Now);

    private static string Number(int i) => $"3401212026112300{i:0000}";

    private static Guid Instance(int i) => new($"00000000-0000-7000-8000-{i:000000000000}");

    [Fact]
    public async Task Group_ShowsUnclaimedTasksOfMyRoles_OldestFirst()
    {
        var page = await Query.FindAsync(Tab(WorklistView.Group));

        Assert.Equal([Number(1), Number(2), Number(6)], page.Rows.Select(r => r.CaseNumber));
        Assert.Equal(3, page.Count);
        Assert.False(page.CountIsCapped);
        Assert.All(page.Rows, r => Assert.Null(r.Assignee));
    }

    [Fact]
    public async Task Mine_ShowsOnlyTasksIClaimed()
    {
        var page = await Query.FindAsync(Tab(WorklistView.Mine));

        var row = Assert.Single(page.Rows);
        Assert.Equal(Number(3), row.CaseNumber);
        Assert.Equal("me", row.Assignee);
    }

    [Fact]
    public async Task Done_ShowsMyCompletionsAndReturns_NewestFirst_NotClaimsOrOthers()
    {
        var page = await Query.FindAsync(Tab(WorklistView.Done));

        Assert.Equal([Number(8), Number(7)], page.Rows.Select(r => r.CaseNumber));
        Assert.Equal(["return", "approve"], page.Rows.Select(r => r.Outcome));
        Assert.All(page.Rows, r => Assert.Equal(string.Empty, r.TaskId));
    }

    [Fact]
    public async Task Overdue_ShowsOpenTasksIMayWorkOn_PastTheirDeadline()
    {
        var page = await Query.FindAsync(Tab(WorklistView.Overdue));

        // Case 4 is overdue too, but claimed by someone else; case 1 is not due yet.
        Assert.Equal([Number(6)], page.Rows.Select(r => r.CaseNumber));
    }

    [Theory]
    [InlineData("王", WorklistView.Group, new[] { 1, 6 })]
    [InlineData("王大", WorklistView.Group, new[] { 6 })]
    [InlineData("340121001001GB00002", WorklistView.Group, new[] { 2 })]
    [InlineData("34012120261123000006", WorklistView.Group, new[] { 6 })]
    [InlineData("王", WorklistView.Done, new[] { 8 })]
    [InlineData("340121002002GB00007F00010001", WorklistView.Done, new[] { 7 })]
    [InlineData("3401212026112300000", WorklistView.Done, new[] { 8, 7 })]
    [InlineData("周十", WorklistView.Done, new int[0])]
    public async Task Search_ByPartyNameUnitCodeOrCaseNumber_FindsTheCases(string text, WorklistView view, int[] expected)
    {
        var search = WorklistSearch.Parse(text);

        var page = await Query.FindAsync(Tab(view) with
        {
            CaseNumberPrefix = search.CaseNumberPrefix,
            UnitCodePrefix = search.UnitCodePrefix,
            PartyNamePrefix = search.PartyNamePrefix,
        });

        Assert.Equal(expected.Select(Number), page.Rows.Select(r => r.CaseNumber));
    }

    [Theory]
    [InlineData(WorklistView.Group, "HouseFirst", new[] { 2, 6 })]
    [InlineData(WorklistView.Group, "HouseTransferResale", new[] { 1 })]
    [InlineData(WorklistView.Done, "HouseFirst", new[] { 8 })]
    public async Task BusinessTypeFilter_KeepsOnlyThatType(WorklistView view, string type, int[] expected)
    {
        var page = await Query.FindAsync(Tab(view) with { BusinessType = type });

        Assert.Equal(expected.Select(Number), page.Rows.Select(r => r.CaseNumber));
    }

    [Fact]
    public async Task Count_StopsAtTheLimit_AndPagingSkips()
    {
        var page = await Query.FindAsync(Tab(WorklistView.Group) with { CountLimit = 2, Skip = 1, Take = 1 });

        Assert.Equal(2, page.Count);
        Assert.True(page.CountIsCapped);
        Assert.Equal([Number(2)], page.Rows.Select(r => r.CaseNumber));
    }

    [Fact]
    public async Task Summaries_GiveTypeUnitsAndParties_OfTheAskedCases()
    {
        var summaries = await Query.SummariesAsync([Number(1), Number(8), "34012120261123999999"]);

        Assert.Equal(2, summaries.Count);
        Assert.Equal("HouseTransferResale", summaries[Number(1)].BusinessType);
        Assert.Equal(["340121001001GB00001F00010001"], summaries[Number(1)].Units);
        Assert.Equal(["王小明", "王小明之妻"], summaries[Number(1)].Parties);
    }

    [Theory]
    [InlineData(WorklistView.Group, null, null)]
    [InlineData(WorklistView.Mine, null, null)]
    [InlineData(WorklistView.Done, null, null)]
    [InlineData(WorklistView.Overdue, null, null)]
    [InlineData(WorklistView.Group, "HouseFirst", null)]
    [InlineData(WorklistView.Done, null, "王")]
    public async Task ExportRead_GivesThePagesRows_InThePagesOrder(WorklistView view, string? type, string? party)
    {
        var criteria = Tab(view) with { BusinessType = type, PartyNamePrefix = party };
        var paged = new List<WorklistRow>();
        for (var skip = 0; ; skip += 1)
        {
            var page = await Query.FindAsync(criteria with { Skip = skip, Take = 1 });
            paged.AddRange(page.Rows);
            if (page.Rows.Count == 0)
            {
                break;
            }
        }

        var export = _services.GetRequiredService<IWorklistExportQuery>();
        var streamed = new List<WorklistRow>();
        await foreach (var row in export.ReadAsync(criteria, 100))
        {
            streamed.Add(row);
        }

        Assert.NotEmpty(paged);
        Assert.Equal(paged, streamed);
        Assert.Equal(paged.Count, await export.CountAsync(criteria, 100));
    }

    [Fact]
    public async Task ExportRead_StopsAtItsLimit_AndTheCountToo()
    {
        var export = _services.GetRequiredService<IWorklistExportQuery>();
        var rows = new List<WorklistRow>();
        await foreach (var row in export.ReadAsync(Tab(WorklistView.Group), 2))
        {
            rows.Add(row);
        }

        Assert.Equal([Number(1), Number(2)], rows.Select(r => r.CaseNumber));
        Assert.Equal(2, await export.CountAsync(Tab(WorklistView.Group), 2));
        Assert.Equal(3, await export.CountAsync(Tab(WorklistView.Group), 100));
    }

    [Fact]
    public async Task BadCriteria_AreRefusedNamingTheField()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Query.FindAsync(Tab(WorklistView.Group) with { Take = 0 }));

        Assert.Equal("Take", error.ParamName);
    }

    private static void Case(SqliteConnection connection, int i, string type, string party, string unit, bool open)
    {
        var id = new Guid($"00000000-0000-4000-8000-{i:000000000000}").ToString().ToUpperInvariant();
        Execute(connection, "INSERT INTO Cases (Id, CaseNumber, BusinessType, Status, AcceptedAt, AcceptedBy, Channel, WorkflowInstanceId, IsOpen, Version) VALUES ($0, $1, $2, $3, $4, 'acceptor', 'Counter', $5, $6, 1)",
            id, Number(i), type, open ? "UnderReview" : "Completed", Now.AddDays(-10).UtcTicks, Instance(i).ToString().ToUpperInvariant(), open ? 1 : 0);
        Execute(connection, "INSERT INTO CaseParties (CaseId, Ordinal, Role, IdKind, Name, IdNumber, IsApplicant) VALUES ($0, 0, 'Transferee', 'ResidentId', $1, '340121198001010011', 1)", id, party);
        Execute(connection, "INSERT INTO CaseParties (CaseId, Ordinal, Role, IdKind, Name, IdNumber, IsApplicant) VALUES ($0, 1, 'Transferee', 'ResidentId', $1, '340121198001010020', 1)", id, party + "之妻");
        Execute(connection, "INSERT INTO CaseUnits (CaseId, Ordinal, UnitCode, IsOpen) VALUES ($0, 0, $1, $2)", id, unit, open ? 1 : 0);
        Execute(connection, "INSERT INTO WorkflowInstances (Id, DefinitionId, DefinitionVersion, CorrelationId, Status, State, Version, JournalSequence, CreatedAt, UpdatedAt) VALUES ($0, 'catalogue-standard', 1, $1, $2, '{}', 1, 1, $3, $3)",
            Instance(i).ToString().ToUpperInvariant(), Number(i), open ? "Running" : "Completed", Now.AddDays(-10).UtcTicks);
    }

    private static void Task(SqliteConnection connection, int i, string role, string? assignee, DateTimeOffset created) =>
        Execute(connection, "INSERT INTO WorkflowBookmarks (InstanceId, BookmarkId, DefinitionId, DefinitionVersion, CorrelationId, InstanceStatus, NodeId, NodeName, Kind, Role, Assignee, CreatedAt) VALUES ($0, 'task', 'catalogue-standard', 1, $1, 'Running', 'review', '初审', 'HumanTask', $2, $3, $4)",
            Instance(i).ToString().ToUpperInvariant(), Number(i), role, assignee, created.UtcTicks);

    private static void Deadline(SqliteConnection connection, int i, DateTimeOffset due, bool closed) =>
        Execute(connection, "INSERT INTO CaseDeadlines (CaseNumber, BusinessType, AcceptedAt, TimeLimitCode, PausesJson, ExtensionsJson, DueAt, AmberFrom, EscalateAt, Stage, ClosedAt, Version) VALUES ($0, 'HouseFirst', $1, 'WD20', '[]', '[]', $2, $2, $2, 0, $3, 1)",
            Number(i), Now.AddDays(-10).UtcTicks, due.UtcTicks, closed ? Now.UtcTicks : null);

    private static void Journal(SqliteConnection connection, int i, int sequence, string action, string actor, string? outcome, DateTimeOffset at) =>
        Execute(connection, "INSERT INTO WorkflowJournal (InstanceId, Sequence, At, Action, NodeId, NodeName, Actor, Outcome, Inputs, Hash) VALUES ($0, $1, $2, $3, 'review', '初审', $4, $5, '{}', '0000000000000000000000000000000000000000000000000000000000000000')",
            Instance(i).ToString().ToUpperInvariant(), sequence, at.UtcTicks, action, actor, outcome);

    private static void Execute(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var p = 0; p < values.Length; p++)
        {
            command.Parameters.AddWithValue("$" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), values[p] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
