using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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

namespace Registry.Benchmarks.Workflows;

/// <summary>
/// Durable case lifecycles through the case services on the product's composition and its default power-loss-safe
/// SQLite settings (WAL, synchronous=FULL): a second-hand transfer accepted, 初审, 复审 returned to 初审, 初审 and 复审
/// again, tax confirmed, 核定 approved and booked (6 human tasks and a return, each one case command), with 1 and 4
/// concurrent workers; then decision latency (service call to commit) with 10 concurrent examiners. The unit and what
/// the other agencies hold about the sale (identities, marriages, the net-signed contract) are recorded before the timed
/// part; the tax payment, which needs the case number, is recorded between acceptance and 初审 inside it.
/// <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- case-lifecycle [--lifecycles N] [--warmup N] [--workers N] [--profile]</c>
/// </summary>
internal static class CaseLifecycleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var lifecycles = args.Length > 1 && args[0] == "--lifecycles" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        // Steady state, as a running server is: enough lifecycles first for the JIT to have compiled the hot paths at
        // tier 1 (a method is recompiled after 30 calls, in the background); one warm-up lifecycle left most of a
        // command's code at tier 0 and measured the JIT, not the product (about half the time at 20 lifecycles).
        var warmUp = args.SkipWhile(a => a != "--warmup").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(40);
        Console.WriteLine($"load average before: {LoadAverage()}; {warmUp} warm-up lifecycles per run");
        if (args.Contains("--profile"))
        {
            // Where a command's time goes: statements, rows and timed calls per command, one worker (see CaseCommandProfile).
            var profile = new CaseCommandProfile();
            await using var bench = await Bench.StartAsync(profile);
            await bench.WarmUpAsync(warmUp);
            profile.Reset();
            var units = new List<string>();
            for (var i = 0; i < lifecycles; i++)
            {
                units.Add(await bench.AddUnitAsync());
            }

            var watch = Stopwatch.StartNew();
            foreach (var unit in units)
            {
                await bench.LifecycleAsync(unit, new List<double>());
            }

            Console.WriteLine($"profiled: {lifecycles} lifecycles in {watch.Elapsed.TotalSeconds:F2} s; load {LoadAverage()}");
            profile.Print(Console.Out);
            return 0;
        }

        // --workers N: only that phase (for profiling one steady state), and no examiner phase.
        var onlyWorkers = args.SkipWhile(a => a != "--workers").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        foreach (var workers in onlyWorkers.Length > 0 ? onlyWorkers : [1, 4])
        {
            await using var bench = await Bench.StartAsync();
            var units = new List<string>();
            for (var i = 0; i < lifecycles; i++)
            {
                units.Add(await bench.AddUnitAsync());
            }

            await bench.WarmUpAsync(warmUp);
            var latencies = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var watch = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < units.Count; i = Interlocked.Increment(ref next))
                {
                    await bench.LifecycleAsync(units[i], latencies);
                }
            })));
            watch.Stop();
            // Process CPU per lifecycle: what the machine's load does not change much (wall time on a shared 2-core
            // machine mostly measures the other processes); 2 cores / this = the CPU-bound ceiling.
            var cpuPerLifecycle = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / lifecycles;
            Console.WriteLine($"lifecycles, {workers} worker(s): {lifecycles} in {watch.Elapsed.TotalSeconds:F2} s = {lifecycles / watch.Elapsed.TotalSeconds:F1} lifecycles/s; process CPU {cpuPerLifecycle:F1} ms, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / lifecycles:F0} KB a lifecycle; GCs gen0/1/2 {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}; decision p50 {Percentile(latencies, 0.5):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms; load {LoadAverage()}");
        }

        if (onlyWorkers.Length == 0)
        {
            // Ten examiners deciding at once, each on their own case: service call to commit.
            await using var bench = await Bench.StartAsync();
            await bench.WarmUpAsync(warmUp);
            var latencies = new List<double>();
            var decideCpu = TimeSpan.Zero;
            var rounds = Math.Max(1, lifecycles / 10);
            for (var r = 0; r < rounds; r++)
            {
                // Fresh units each round: a unit sold in the previous round would be sold on by its new owner.
                var units = new List<string>();
                for (var i = 0; i < 10; i++)
                {
                    units.Add(await bench.AddUnitAsync());
                }

                var numbers = await Task.WhenAll(units.Select(u => bench.AcceptAsync(u)));
                var roundCpu = Process.GetCurrentProcess().TotalProcessorTime;
                await Task.WhenAll(numbers.Select(n => Task.Run(() => bench.DecideAsync(n, "firstReview", latencies))));
                await Task.WhenAll(numbers.Select(n => Task.Run(async () =>
                {
                    await bench.DecideAsync(n, "secondReview", latencies);
                    await bench.ConfirmTaxAsync(n);
                    await bench.DecideAsync(n, "approval", latencies);
                })));
                decideCpu += Process.GetCurrentProcess().TotalProcessorTime - roundCpu;
            }

            Console.WriteLine($"decision latency, 10 concurrent examiners: {latencies.Count} decisions, p50 {Percentile(latencies, 0.5):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, max {latencies.Max():F1} ms; process CPU {decideCpu.TotalMilliseconds / latencies.Count:F1} ms a decision (with the signal); load {LoadAverage()}");
        }

        return 0;
    }

    private static double Percentile(List<double> values, double p)
    {
        lock (values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private sealed class Bench : IAsyncDisposable
    {
        private readonly string _database = Path.Combine(Path.GetTempPath(), $"registry-bench-{Guid.NewGuid():N}.db");
        private readonly Random _random = new(7);
        private ServiceProvider _services = default!;
        private CaseCommandProfile? _profile;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Owner, string OwnerId, string BuyerId)> _parties = new();
        private int _units;

        public static async Task<Bench> StartAsync(CaseCommandProfile? profile = null)
        {
            var bench = new Bench { _profile = profile };
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Path"] = bench._database,
                ["Database:SeedDemoData"] = "false",
                ["Scheduling:EnableJobs"] = "false",
                ["Scheduling:SmsFilePath"] = bench._database + ".sms.log",
            }).Build();
            var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
                .AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8))) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) })
                .AddRegistryServices(configuration);
            profile?.Instrument(
                services,
                typeof(ICaseRepository),
                typeof(IWorkflowInstanceStore),
                typeof(Registry.Workflows.Definitions.IWorkflowDefinitionStore),
                typeof(Registry.Application.Review.IReviewRunStore),
                typeof(Registry.Application.Review.IRuleSetEvaluator),
                typeof(IRegisterRepository),
                typeof(Registry.Application.Deadlines.ICaseDeadlineService),
                typeof(Registry.Workflows.Ports.IRuleSetRunner),
                typeof(Registry.Workflows.Ports.IRecordWriter),
                typeof(Registry.Workflows.Ports.ICertificateIssuer),
                typeof(Registry.Workflows.Ports.INotificationSender),
                typeof(ISharedDataProvider),
                typeof(IWorkflowRuntime),
                typeof(Registry.Application.Sequences.ISequenceAllocator),
                typeof(Registry.Application.Review.Reporting.IBookingReports));
            bench._services = services.BuildServiceProvider();
            await bench._services.InitializeRegistryAsync();
            return bench;
        }

        public async Task<string> AddUnitAsync()
        {
            var i = Interlocked.Increment(ref _units);
            var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"340121001001GB{1 + (i / 100):D5}F{1 + (i / 10 % 10):D4}{1 + (i % 10):D4}"), "unit");
            var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, $"试验小区{i}号", "住宅", 89.5m));
            var office = _services.GetRequiredService<IOptions<OfficeOptions>>().Value;
            var before = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(8));
            _services.GetRequiredService<IRegisterEffectApplier>().Apply([book],
                [new Registry.Application.Recording.Effects.CreateOwnership(code.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec("叶梓涵" + i, IdOf())])],
                new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), i), before, before));
            await using var scope = _services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);

            // What the other agencies' systems hold about the sale (identities, marital status, the net-signed contract):
            // in place before the application arrives, as the unit is, so the timed lifecycle is the case's commands.
            var party = book.Current.Ownership!.Holders[0].Party;
            string buyerId;
            lock (_random)
            {
                buyerId = IdOf();
            }

            var feed = _services.GetRequiredService<ISharedDataFeed>();
            foreach (var (n, id) in new[] { (party.Name, party.IdNumber), ("王伟", buyerId) })
            {
                await feed.RecordIdentityAsync(n, id);
                await feed.RecordMarriageAsync(id, "Unmarried");
            }

            await feed.RecordContractAsync($"WQ-{Guid.NewGuid():N}"[..20], code.Value, 1_000_000m, new DateOnly(2026, 5, 20), [(party.Name, party.IdNumber)], [("王伟", buyerId)]);
            _parties[code.Value] = (party.Name, party.IdNumber, buyerId);
            return code.Value;
        }

        public async Task WarmUpAsync(int lifecycles)
        {
            for (var i = 0; i < Math.Max(1, lifecycles); i++)
            {
                await LifecycleAsync(await AddUnitAsync(), new List<double>());
            }

            await Task.Delay(TimeSpan.FromSeconds(lifecycles > 1 ? 1 : 0)); // the JIT's background tier-1 queue drains
        }

        public async Task LifecycleAsync(string unit, List<double> latencies)
        {
            var number = await AcceptAsync(unit);
            await DecideAsync(number, "firstReview", latencies);
            await DecideAsync(number, "secondReview", latencies, new DecisionRequest { Kind = DecisionKind.Return, Opinion = "上一环节意见需复核。", ReturnTo = "firstReview", ReasonCode = "PREVIOUS-STEP" });
            await DecideAsync(number, "firstReview", latencies);
            await DecideAsync(number, "secondReview", latencies);
            await ConfirmTaxAsync(number);
            await DecideAsync(number, "approval", latencies);
        }

        public async Task<string> AcceptAsync(string unit)
        {
            await using var scope = _services.CreateAsyncScope();
            var (owner, ownerId, buyerId) = _parties[unit];
            _profile?.Count("accept");
            var label = CaseCommandProfile.Command("accept");
            var result = await scope.ServiceProvider.GetRequiredService<AcceptanceService>().AcceptAsync(new AcceptanceRequest
            {
                BusinessType = "HouseTransferResale",
                Units = [unit],
                Parties = [new AcceptanceParty("Transferor", owner, ownerId), new AcceptanceParty("Transferee", "王伟", buyerId)],
                Facts = new Dictionary<string, string> { ["declaredPrice"] = "1000000", ["coOwnership"] = "Sole" },
                Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "SALE_CONTRACT", "TAX_RECEIPT"],
            }, "acceptor");
            label.Dispose();
            var feed = _services.GetRequiredService<ISharedDataFeed>();
            await feed.RecordTaxPaymentAsync(result.Case.Number.Value, 10_000m, "税票" + result.Case.Number.Value[^6..]);
            return result.Case.Number.Value;
        }

        public async Task ConfirmTaxAsync(string number)
        {
            await using var scope = _services.CreateAsyncScope();
            _profile?.Count("signal tax-paid");
            using var label = CaseCommandProfile.Command("signal tax-paid");
            await scope.ServiceProvider.GetRequiredService<ICaseSignals>().ConfirmAsync(number, "tax-paid", "acceptor", [RegistryRoles.Acceptor]);
        }

        public async Task DecideAsync(string number, string node, List<double> latencies, DecisionRequest? decision = null)
        {
            var user = node switch { "firstReview" => "reviewer1", "secondReview" => "reviewer2", _ => "approver" };
            var demo = DemoUsers.All.Single(u => u.UserName == user);
            await using var scope = _services.CreateAsyncScope();
            var name = $"decide {node} {(decision ?? new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "x" }).Kind}";
            _profile?.Count(name);
            using var label = CaseCommandProfile.Command(name);
            var start = Stopwatch.GetTimestamp();
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(number, demo.UserName, demo.Roles, decision ?? new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "同意。" }, node);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(ms);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _database, _database + "-wal", _database + "-shm", _database + ".sms.log" })
            {
                File.Delete(file);
            }
        }

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
}
