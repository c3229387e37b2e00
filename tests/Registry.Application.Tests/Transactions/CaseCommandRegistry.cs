using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Application.CaseFlow;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Workflows.Runtime;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// The product's composition (as the web host wires it) on a temporary database (SQLite, or PostgreSQL in the PostgreSQL
/// run or when <paramref name="postgres"/> is set) with an empty register, a clock that
/// moves a millisecond at each reading (June 2026), and the steps a counter and its examiners take: units with owners,
/// second-hand transfers with the shared data the counter would find, decisions through <see cref="CaseDecisionService"/>.
/// </summary>
public abstract class CaseCommandRegistry(string name, bool postgres = false) : IAsyncLifetime
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"];

    private readonly TestDatabase _database = TestDatabase.Create(name, postgres);
    private readonly string _smsLog = Path.Combine(Path.GetTempPath(), $"registry-{name}-{Guid.NewGuid():N}.sms.log");
    private readonly Random _random = new(4711);
    private int _units;
    private IConfiguration? _configuration;

    protected ServiceProvider Services { get; private set; } = default!;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8))) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(_database.Settings)
        {
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
            ["Scheduling:SmsFilePath"] = _smsLog,
        }).Build();
        _configuration = configuration;
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock).AddRegistryServices(configuration);
        ConfigureServices(services);
        Services = services.BuildServiceProvider();
        await Services.InitializeRegistryAsync();
    }

    /// <summary>Changes the composition before it is built (a test's fault injection).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// A second node on the same database: the same composition in a service provider of its own (its own caches,
    /// connection pool and in-process gates), sharing only the database and the clock. Disposed by the caller.
    /// </summary>
    protected ServiceProvider StartSecondNode() =>
        new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock).AddRegistryServices(_configuration!).BuildServiceProvider();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(_smsLog);
    }

    /// <summary>A new household unit with one recorded owner; returns its code.</summary>
    protected async Task<string> AddUnitAsync()
    {
        var i = Interlocked.Increment(ref _units);
        var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"340121001001GB{1 + (i / 100):D5}F{1 + (i / 10 % 10):D4}{1 + (i % 10):D4}"), "unit");
        var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, $"长丰县水湖镇试验小区{i}号", "住宅", 89.5m));
        var office = Services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var before = Clock.GetUtcNow().AddDays(-60);
        Services.GetRequiredService<IRegisterEffectApplier>().Apply([book],
            [new Registry.Application.Recording.Effects.CreateOwnership(code.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(NameOf(), IdOf())])],
            new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), 9000 + i), before, before));
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        return code.Value;
    }

    /// <summary>Accepts a second-hand transfer of <paramref name="unit"/> from its owner to a new buyer; returns the case number.</summary>
    protected async Task<string> AcceptTransferAsync(string unit)
    {
        await using var scope = Services.CreateAsyncScope();
        var register = await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(unit, "unit"));
        var owner = register!.Current.Ownership!.Holders[0].Party;
        var (buyer, buyerId) = (NameOf(), IdOf());
        var feed = Services.GetRequiredService<ISharedDataFeed>();
        foreach (var (n, id) in new[] { (owner.Name, owner.IdNumber), (buyer, buyerId) })
        {
            await feed.RecordIdentityAsync(n, id);
            await feed.RecordMarriageAsync(id, "Unmarried");
        }

        await feed.RecordContractAsync($"WQ-{Guid.NewGuid():N}"[..20], unit, 1_000_000m, OfficeTime.Today(Clock.GetUtcNow()).AddDays(-7), [(owner.Name, owner.IdNumber)], [(buyer, buyerId)]);
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [unit],
            Parties = [new AcceptanceParty("Transferor", owner.Name, owner.IdNumber), new AcceptanceParty("Transferee", buyer, buyerId)],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1000000", ["coOwnership"] = "Sole" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
        }, "acceptor");
        var number = result.Case.Number.Value;
        await feed.RecordTaxPaymentAsync(number, 10_000m, $"税票{number[^6..]}");
        return number;
    }

    /// <summary>Approves open tasks (demo users of their roles) and confirms tax payment until the case waits at <paramref name="node"/>.</summary>
    protected async Task DriveToAsync(string caseNumber, string node)
    {
        for (var guard = 0; guard < 20; guard++)
        {
            var instance = await InstanceAsync(caseNumber);
            if (instance.OpenBookmarks.Any(b => b.NodeId == node && b.Kind == BookmarkKind.HumanTask))
            {
                return;
            }

            await using var scope = Services.CreateAsyncScope();
            if (instance.OpenBookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Signal) is { } signal)
            {
                await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(caseNumber, signal.SignalName!, "acceptor", [RegistryRoles.Acceptor]);
                continue;
            }

            var task = instance.OpenBookmarks.First(b => b.Kind == BookmarkKind.HumanTask);
            var user = DemoUsers.All.First(u => u.Roles.Contains(task.Role!));
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideTaskAsync(caseNumber, user.UserName, user.Roles,
                new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, task.NodeId, task.Id);
        }

        throw new InvalidOperationException($"case {caseNumber} did not reach {node}");
    }

    protected async Task<WorkflowInstance> InstanceAsync(string caseNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        var c = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(caseNumber));
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>().FindAsync(c!.WorkflowInstanceId!.Value))!;
    }

    protected async Task<Domain.Cases.RegistrationCase> CaseAsync(string caseNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(caseNumber)))!;
    }

    protected async Task<UnitRegister> RegisterAsync(string unit)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(unit, "unit")))!;
    }

    /// <summary>Reads one number straight from the database (sequences consumed, rows written); identifiers in double quotes.</summary>
    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads rows straight from the database, each as its columns' text joined by '|'.</summary>
    protected async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = await _database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private string NameOf() => Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)] + Given[_random.Next(Given.Length)];

    private string IdOf()
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(_random.Next(0, 40 * 365));
        var body = string.Create(CultureInfo.InvariantCulture, $"340121{birth:yyyyMMdd}{_random.Next(0, 1000):D3}");
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * weights[i];
        }

        return body + "10X98765432"[sum % 11];
    }
}
