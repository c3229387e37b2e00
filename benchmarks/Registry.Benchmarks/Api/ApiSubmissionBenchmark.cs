using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Api;
using Registry.Application.CaseFlow;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.Web.Api;

namespace Registry.Benchmarks.Api;

/// <summary>
/// <c>api-submit [submissions] [clients]</c>: bank outlets file first mortgages on clean units through the real web host
/// (Registry.Web.dll in Release, a child process on a loopback port, SQLite file, synchronous=FULL): each submission is
/// one HTTP POST that runs intake → intelligent review → automatic approval → recording → certification number and answers
/// with the case <c>Completed</c>. Reports p50/p95/p99 of the POST, throughput and the load average. Default 1,000
/// submissions by 8 concurrent clients (one token each); a submission that does not come back Completed fails the run.
/// </summary>
internal static class ApiSubmissionBenchmark
{
    private static readonly (string Name, string IdNumber) Owner = ("叶梓涵", "340121198001010019");
    private static readonly string[] Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"];

    public static async Task<int> RunAsync(string[] args)
    {
        var submissions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var root = RepositoryRoot();
        var directory = Directory.CreateTempSubdirectory("registry-api-bench-").FullName;
        var database = Path.Combine(directory, "registry.db");
        try
        {
            var clock = Stopwatch.StartNew();
            var banks = await PrepareAsync(database, root, submissions, clients);
            Console.WriteLine($"prepared {submissions} clean units and {clients} bank clients in {clock.Elapsed.TotalSeconds:F1} s; load average {LoadAverage()}");

            await using var host = await WebHost.StartAsync(database, root, directory);
            using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
            var tokens = new List<string>();
            foreach (var bank in banks)
            {
                tokens.Add(await TokenAsync(http, bank.Registered));
            }

            // Warm-up: one submission per client, not counted.
            var next = 0;
            var warm = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => SubmitAsync(http, tokens[c], banks[c], banks[c].Units[0])));
            Console.WriteLine($"warm-up: {warm.Length} submissions, slowest {warm.Max(w => w.Milliseconds):F0} ms");

            var latencies = new double[submissions];
            var loadBefore = LoadAverage();
            var run = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var bank = banks[c];
                for (var i = 1; i < bank.Units.Count; i++)
                {
                    var slot = Interlocked.Increment(ref next) - 1;
                    if (slot >= submissions)
                    {
                        return;
                    }

                    latencies[slot] = (await SubmitAsync(http, tokens[c], bank, bank.Units[i])).Milliseconds;
                }
            })));
            run.Stop();
            Array.Sort(latencies);
            Console.WriteLine($"load average before: {loadBefore}; after: {LoadAverage()} ({Environment.ProcessorCount} cores)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{submissions} submissions by {clients} clients in {run.Elapsed.TotalSeconds:F1} s ({submissions / run.Elapsed.TotalSeconds:F1}/s), every one auto-approved, recorded and numbered"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"POST → Completed: p50 {Percentile(latencies, 0.50):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms, p99 {Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<(double Milliseconds, string CaseNumber)> SubmitAsync(HttpClient http, string token, Bank bank, string unit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/applications")
        {
            Content = JsonContent.Create(new
            {
                businessType = "MortgageFirst",
                units = new[] { unit },
                parties = new object[]
                {
                    new { role = "Mortgagor", name = Owner.Name, idNumber = Owner.IdNumber },
                    new { role = "Mortgagee", name = bank.Registered.Client.Name, idNumber = bank.Registered.Client.IdNumber },
                },
                facts = new Dictionary<string, object> { ["mortgageAmount"] = 600000, ["debtStart"] = "2026-03-01", ["debtEnd"] = "2046-02-28" },
                materials = Materials,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", "bench-" + unit);
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        var result = response.StatusCode == HttpStatusCode.Created ? JsonDocument.Parse(body).RootElement : default;
        if (response.StatusCode != HttpStatusCode.Created || result.GetProperty("status").GetString() != "Completed" || !result.GetProperty("autoApproved").GetBoolean())
        {
            throw new InvalidOperationException($"submission on {unit} was not auto-approved and recorded: {(int)response.StatusCode} {body}");
        }

        return (clock.Elapsed.TotalMilliseconds, result.GetProperty("caseNumber").GetString()!);
    }

    private static async Task<string> TokenAsync(HttpClient http, RegisteredApiClient client)
    {
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = client.Client.ClientId,
            ["client_secret"] = client.ClientSecret,
        }));
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!
            : throw new InvalidOperationException($"token refused: {body}");
    }

    // The database as the host will find it: migrated and loaded, the banks registered as the business admin would, and
    // the units booked through the register's own effects with the owner known to the sharing exchange.
    private static async Task<List<Bank>> PrepareAsync(string database, string root, int submissions, int clients)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = "false",
            ["Data:Directory"] = root,
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration);
        services.AddRegistryApiClientRegistration();
        await using var provider = services.BuildServiceProvider();
        await provider.InitializeRegistryAsync();

        var office = provider.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var applier = provider.GetRequiredService<IRegisterEffectApplier>();
        var feed = provider.GetRequiredService<ISharedDataFeed>();
        await feed.RecordIdentityAsync(Owner.Name, Owner.IdNumber);
        await feed.RecordMarriageAsync(Owner.IdNumber, "Unmarried");
        var banks = new List<Bank>();
        var perClient = (submissions / clients) + 2; // one warm-up each, and the remainder
        var unit = 0;
        var before = DateTimeOffset.UtcNow.AddDays(-30);
        for (var c = 0; c < clients; c++)
        {
            var code = CreditCode(500 + c);
            await using var scope = provider.CreateAsyncScope();
            var registered = await scope.ServiceProvider.GetRequiredService<ApiClientRegistration>()
                .RegisterAsync(new ApiClientRegistrationRequest(ApiClientKind.Bank, $"基准银行第{c + 1}支行", code, null), "admin", [RegistryRoles.BusinessAdmin]);
            await feed.RecordIdentityAsync(registered.Client.Name, code);
            var units = new List<string>();
            var register = scope.ServiceProvider.GetRequiredService<IRegisterRepository>();
            for (var i = 0; i < perClient; i++)
            {
                unit++;
                var unitCode = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"340121001001GB00098F{unit:00000000}"));
                var book = UnitRegister.Open(new ImmovableUnit(unitCode, UnitKind.Household, "长丰县基准小区" + unit, "住宅", 89.5m));
                applier.Apply([book], [new Application.Recording.Effects.CreateOwnership(unitCode.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(Owner.Name, Owner.IdNumber)])],
                    new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), unit), before, before));
                await register.AddAsync(book);
                units.Add(unitCode.Value);
            }

            banks.Add(new Bank(registered, units));
        }

        return banks;
    }

    private static string CreditCode(int serial)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = string.Create(CultureInfo.InvariantCulture, $"91340100MA2N{serial:00000}");
        var sum = body.Select((ch, i) => alphabet.IndexOf(ch, StringComparison.Ordinal) * weights[i]).Sum();
        return body + alphabet[(31 - (sum % 31)) % 31];
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Registry.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private sealed record Bank(RegisteredApiClient Registered, List<string> Units);

    /// <summary>Registry.Web.dll (Release) as a child process on a free loopback port, limits raised for the load.</summary>
    private sealed class WebHost : IAsyncDisposable
    {
        private readonly Process _process;

        private WebHost(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<WebHost> StartAsync(string database, string root, string directory)
        {
            var dll = Path.Combine(root, "src", "Registry.Web", "bin", "Release", "net10.0", "Registry.Web.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"{dll} does not exist: build the benchmark in Release (it builds Registry.Web)");
            }

            int port;
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }

            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Database__Path"] = database;
            start.Environment["Database__SeedDemoData"] = "false";
            start.Environment["Data__Directory"] = root;
            start.Environment["Intake__ScanDirectory"] = Path.Combine(directory, "scans");
            start.Environment["Scheduling__SmsFilePath"] = Path.Combine(directory, "sms.log");
            start.Environment["Scheduling__BookingReportFilePath"] = Path.Combine(directory, "reports.log");
            start.Environment["SelfCheck__NightlyEnabled"] = "false";
            start.Environment["Api__RequireHttps"] = "false"; // loopback only
            start.Environment["Api__RateLimitBurst"] = "100000";
            start.Environment["Api__RateLimitPerSecond"] = "100000";
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Console.Error.WriteLine("host: " + e.Data);
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var host = new WebHost(process, baseAddress);
            using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Registry.Web exited with {process.ExitCode} before /health answered");
                }

                try
                {
                    using var response = await probe.GetAsync(new Uri("health", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Console.WriteLine($"web host up on {baseAddress} in {clock.Elapsed.TotalSeconds:F0} s");
                        return host;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(250);
            }

            await host.DisposeAsync();
            throw new InvalidOperationException("Registry.Web did not answer /health within 3 minutes");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
