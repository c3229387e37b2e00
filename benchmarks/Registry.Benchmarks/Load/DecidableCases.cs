using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Application.CaseFlow;
using Registry.Application.Intake;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Benchmarks.Load;

/// <summary>
/// Cases the simulated examiners really decide: each a unit booked to its owner, the owner's and buyer's identity,
/// marriage and sale contract in the shared-data feed, then a second-hand transfer accepted through the product's
/// <see cref="AcceptanceService"/> (review, workflow start, statutory clock), so it waits on 初审 exactly as a counter's
/// case does. Accepted a few at a time before each measured phase (not timed).
/// </summary>
internal sealed class DecidableCases : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _zone;
    private readonly SemaphoreSlim _ledger = new(1, 1);
    private int _next;

    private DecidableCases(ServiceProvider services, string zone)
    {
        _services = services;
        _zone = zone;
    }

    public static async Task<DecidableCases> StartAsync(string connectionString)
    {
        var configuration = LoadDatabase.NodeConfiguration(connectionString, new Dictionary<string, string?> { ["Scheduling:EnableJobs"] = "false" });
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error)).AddRegistryServices(configuration).BuildServiceProvider();
        await services.InitializeRegistryAsync();
        // A cadastral zone of this run's own (099 + three digits) that no earlier run on a reused database took.
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        string zone;
        do
        {
            zone = "099" + Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
            await using var taken = new Npgsql.NpgsqlCommand("""SELECT EXISTS (SELECT 1 FROM "Units" WHERE "Code" LIKE @prefix)""", connection);
            taken.Parameters.AddWithValue("prefix", $"340121{zone}%");
            if (!(bool)(await taken.ExecuteScalarAsync())!)
            {
                break;
            }
        }
        while (true);

        return new DecidableCases(services, zone);
    }

    /// <summary>Accepts <paramref name="count"/> cases, <paramref name="parallel"/> at a time.</summary>
    public async Task AcceptAsync(int count, int parallel, TextWriter log)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, ct) =>
        {
            await AcceptOneAsync(Interlocked.Increment(ref _next), ct);
            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                log.WriteLine($"  accepted {done:N0} cases, {watch.Elapsed.TotalSeconds:F0} s");
            }
        });
        log.WriteLine($"accepted {count:N0} decidable cases in {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:F1}/s, {parallel} at a time; load {LoadTest.LoadAverage()})");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _ledger.Dispose();
    }

    private async Task AcceptOneAsync(int i, CancellationToken cancellationToken)
    {
        var unit = string.Create(CultureInfo.InvariantCulture, $"340121{_zone}GB{i:D5}F00010001");
        var (owner, ownerId, buyer, buyerId) = ($"叶梓涵{_zone}{i}", ResidentId(i, 1), $"王伟{_zone}{i}", ResidentId(i, 2));
        var code = UnitCode.Parse(unit, "unit");
        var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, $"负载小区{i}号", "住宅", 89.5m));
        var office = _services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var before = DateTimeOffset.UtcNow.AddDays(-60);
        _services.GetRequiredService<IRegisterEffectApplier>().Apply(
            [book],
            [new Registry.Application.Recording.Effects.CreateOwnership(unit, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(owner, ownerId)])],
            new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), 900_000 + (i % 99_999)), before, before));
        await using var scope = _services.CreateAsyncScope();
        // The register's ledger is one hash chain: units are booked one at a time (acceptances then run in parallel).
        await _ledger.WaitAsync(cancellationToken);
        try
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book, cancellationToken);
        }
        finally
        {
            _ledger.Release();
        }

        var feed = _services.GetRequiredService<ISharedDataFeed>();
        foreach (var (name, id) in new[] { (owner, ownerId), (buyer, buyerId) })
        {
            await feed.RecordIdentityAsync(name, id, cancellationToken);
            await feed.RecordMarriageAsync(id, "Unmarried", cancellationToken: cancellationToken);
        }

        await feed.RecordContractAsync($"WQ-{Guid.NewGuid():N}"[..20], unit, 1_000_000m, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)), [(owner, ownerId)], [(buyer, buyerId)], cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
        {
            BusinessType = "HouseTransferResale",
            Units = [unit],
            Parties = [new AcceptanceParty("Transferor", owner, ownerId), new AcceptanceParty("Transferee", buyer, buyerId)],
            Facts = new Dictionary<string, string> { ["declaredPrice"] = "1000000", ["coOwnership"] = "Sole" },
            Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
        }, "acceptor", cancellationToken);
        await feed.RecordTaxPaymentAsync(result.Case.Number.Value, 10_000m, "税票" + result.Case.Number.Value[^6..], cancellationToken);
    }

    // GB 11643 resident ID number with its check character, unique per case and party.
    private string ResidentId(int i, int party)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(((int.Parse(_zone, CultureInfo.InvariantCulture) * 131) + (i * 2) + party) % (40 * 365));
        var body = string.Create(CultureInfo.InvariantCulture, $"340121{birth:yyyyMMdd}{(i / 7000) + (party * 300):D3}");
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var k = 0; k < 17; k++)
        {
            sum += (body[k] - '0') * weights[k];
        }

        return body + "10X98765432"[sum % 11];
    }
}
