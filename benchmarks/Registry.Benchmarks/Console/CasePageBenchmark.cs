using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Application.CaseFile;
using Registry.Application.Security;
using Registry.Composition;
using Registry.Persistence.Demo;
using Registry.Persistence.Identity;
using Registry.Web.Components;
using Registry.Web.Hosting;
using Registry.Web.Security;

namespace Registry.Benchmarks.ExaminerConsole;

/// <summary>
/// The case page (<c>/cases/{caseNo}</c>, <c>CasePage.razor</c>) rendered on the server, among 1,000,000 finished and
/// 10,000 open generated cases with the demo county loaded on top (the same copy as <see cref="CaseFileBenchmark"/>).
/// <para>
/// The app renders every page interactively <b>without prerendering</b> (<c>App.razor.cs</c>), so an HTTP
/// <c>GET /cases/{caseNo}</c> returns the page shell only; the case is read and rendered once the circuit connects.
/// The benchmark therefore measures two things and checks both:
/// </para>
/// <list type="number">
/// <item>HTTP: the real web host (<c>Registry.Web.dll</c> as a child process on a loopback port, on the copy), a demo
/// user signed in through the login form (antiforgery token and cookie), then <c>GET /cases/{caseNo}</c>. Each response
/// must be the authenticated shell (200, Blazor component marker, not the login page) and must <i>not</i> carry case
/// data — if a future change turns prerendering on, the benchmark says so and fails, so this figure is never mistaken
/// for the page render.</item>
/// <item>Render: the circuit's work, in process, on the app's own services (<c>AddRegistryWeb</c> +
/// <c>AddRegistryServices</c>): a new DI scope (a new circuit's scope), the navigation manager at
/// <c>/cases/{caseNo}</c>, the user's principal from the app's claims factory, then <see cref="HtmlRenderer"/> renders
/// <c>Routes</c> — router, <c>AuthorizeRouteView</c>, <c>MainLayout</c> (app bar, user menu, nav menu) and
/// <c>CasePage</c> with its data and, for a holder of the open task's role, the decision options, separation-of-duties
/// check and <c>DecisionForm</c> — to HTML. Every render is checked for the case number, each party's name, each unit
/// (and its register location), the findings run, one journal row per journal entry and the decision section.</item>
/// </list>
/// What the render leaves out: the circuit serializes a render batch and sends it over SignalR instead of writing HTML,
/// and the browser's JS (MudBlazor, OnAfterRender) is not run.
/// Run: <c>dotnet run -c Release --project benchmarks/Registry.Benchmarks -- casepage [--iterations 400] [--no-http]</c>.
/// </summary>
public static partial class CasePageBenchmark
{
    private const string CopyPath = "/tmp/registry-bench-1m-casepage.db";
    private const string FailedPagePath = "/tmp/registry-bench-casepage-failed.html";

    // Demo staff measured: every office role that works the open tasks, plus one that never holds them (inspector).
    private static readonly string[] UserNames = ["reviewer1", "reviewer2", "approver", "recorder", "acceptor", "inspector"];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--iterations");
        var iterations = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 400;
        var http = !args.Contains("--no-http");
        if (iterations < 1)
        {
            System.Console.Error.WriteLine($"--iterations must be positive: {iterations}");
            return 2;
        }

        var source = await WorklistDatabase.EnsureAsync(log: System.Console.Out);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(CopyPath + suffix);
        }

        File.Copy(source, CopyPath);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        // The web host's services, as Program.cs builds them (not started: HtmlRenderer uses them directly).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Routes).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = CopyPath,
            ["Data:Directory"] = RepositoryRoot(),
            ["Scheduling:EnableJobs"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // The first run's demo deadline seeder meets the generated open cases' deadlines and skips them by catching
            // the unique-key conflict, which EF logs as an error first (hundreds of lines). A failing render still
            // throws out of the renderer and fails the benchmark.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "None",
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegistryWeb();
        builder.Services.AddRegistryServices(builder.Configuration);
        await using var app = builder.Build();
        var clock = Stopwatch.StartNew();
        await app.Services.InitializeRegistryAsync();
        await app.Services.SeedRolesAndDemoUsersAsync();
        System.Console.WriteLine($"first run on the copy (migrate, demo county, demo workflows, demo users): {clock.Elapsed.TotalSeconds:F0} s");

        var cases = await DemoCasesAsync(app.Services);
        if (cases.Count == 0)
        {
            System.Console.Error.WriteLine("FAIL: no demo case with a workflow found on the copy");
            return 1;
        }

        var users = new List<(string Name, ClaimsPrincipal Principal)>();
        foreach (var name in UserNames)
        {
            users.Add((name, await PrincipalAsync(app.Services, name)));
        }

        System.Console.WriteLine($"{cases.Count} demo open cases, {users.Count} users ({string.Join(", ", UserNames)}); load average {LoadAverage()}");

        try
        {
            if (http && !await MeasureHttpAsync(cases, iterations))
            {
                return 1;
            }

            var passed = await MeasureRenderAsync(app.Services, cases, users, iterations);
            System.Console.WriteLine($"load average after: {LoadAverage()} ({Environment.ProcessorCount} cores)");
            return passed ? 0 : 1;
        }
        catch (PageCheckException e)
        {
            System.Console.Error.WriteLine("FAIL: " + e.Message);
            return 1;
        }
    }

    /// <summary>The demo's open cases (division 340121, sequence from 900001) with the content each page must show.</summary>
    private static async Task<List<ExpectedCase>> DemoCasesAsync(IServiceProvider services)
    {
        var cases = new List<ExpectedCase>();
        foreach (var (caseNumber, _) in await services.ListOpenCasesAsync(max: 20_000))
        {
            if (!caseNumber.StartsWith("340121", StringComparison.Ordinal) || string.CompareOrdinal(caseNumber, caseNumber.Length - 6, "900001", 0, 6) < 0)
            {
                continue;
            }

            await using var scope = services.CreateAsyncScope();
            var file = await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(caseNumber);
            if (file?.Workflow is null)
            {
                continue;
            }

            cases.Add(new ExpectedCase(
                caseNumber,
                [.. file.Parties.Select(p => p.Name)],
                [.. file.Units.Select(u => (u.UnitCode, u.Register?.Location))],
                file.Journal.Count,
                file.Findings is not null,
                [.. file.Workflow.OpenTasks.Select(t => t.Role).OfType<string>()])
            {
                Diagram = (file.Workflow.Nodes.Count, file.Workflow.Transitions.Count,
                    [.. file.Workflow.Nodes.Where(n => n.IsCurrent).Select(n => n.Id).Order(StringComparer.Ordinal)], file.Workflow.Transitions.Count(t => t.Taken)),
            });
        }

        return cases;
    }

    /// <summary>The principal a sign-in would put in the cookie: the app's own claims factory on the demo user.</summary>
    private static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        var user = await userManager.FindByNameAsync(userName) ?? throw new PageCheckException($"demo user '{userName}' was not seeded");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<RegistryUser>>().CreateAsync(user);
    }

    private static async Task<bool> MeasureRenderAsync(IServiceProvider services, List<ExpectedCase> cases, List<(string Name, ClaimsPrincipal Principal)> users, int iterations)
    {
        var samples = new double[iterations];
        var readModel = new double[iterations];
        var decisions = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDecision = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        long bytes = 0;
        const int warmUp = 20;
        for (var i = -warmUp; i < iterations; i++)
        {
            // Cases round-robin, the next user for each next case, shifted by one each lap: every user comes up in
            // every lap and, over as many laps as users, every (case, user) pair.
            var n = i + warmUp;
            var expected = cases[n % cases.Count];
            var user = users[((n % cases.Count) + (n / cases.Count)) % users.Count];
            var watch = Stopwatch.StartNew();
            var html = await RenderAsync(services, expected.CaseNumber, user.Principal);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            string decision;
            try
            {
                decision = Check(html, expected, user.Principal);
            }
            catch (PageCheckException)
            {
                await File.WriteAllTextAsync(FailedPagePath, html);
                System.Console.Error.WriteLine($"the page that failed the check: {FailedPagePath}");
                throw;
            }

            // The read model alone for the same case right after, so the render's share shows at the same load.
            watch.Restart();
            await using (var scope = services.CreateAsyncScope())
            {
                _ = await scope.ServiceProvider.GetRequiredService<ICaseFileQuery>().FindAsync(expected.CaseNumber)
                    ?? throw new PageCheckException($"case {expected.CaseNumber} vanished");
            }

            if (i >= 0)
            {
                readModel[i] = watch.Elapsed.TotalMilliseconds;
                samples[i] = elapsed;
                bytes += html.Length;
                decisions[decision] = decisions.GetValueOrDefault(decision) + 1;
                byDecision.TryAdd(decision, []);
                byDecision[decision].Add(elapsed);
            }
        }

        // Every kind of decision section a user can meet must have come up, or the users measured nothing of it.
        if (!decisions.ContainsKey("decision-task") || !decisions.ContainsKey("decision-none"))
        {
            throw new PageCheckException("the renders never showed " + (decisions.ContainsKey("decision-task") ? "a page without a task (decision-none)" : "a decision form (decision-task)") + ": " + string.Join(", ", decisions));
        }

        Report($"case page render (HtmlRenderer: Routes → MainLayout → CasePage) over {cases.Count} cases × {users.Count} users, {iterations} renders after {warmUp} warm-ups, {bytes / iterations / 1024} KB HTML each, with the drawn diagram", samples, "target p95 ≤ 50 ms (issue 15; was ≤ 200 ms)");
        Report("  read model alone (ICaseFileQuery.FindAsync in a new scope, same case right after each render)", readModel, "what the page reads, without the render");
        foreach (var (kind, times) in byDecision.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            Report($"  {kind} ({(kind == "decision-task" ? "decision options, separation check and DecisionForm" : "read-only")}), {times.Count} renders", [.. times], "same renders, split by decision section");
        }

        return true;
    }

    /// <summary>One render as a new circuit does it: a new scope, the address and the user, then the whole route.</summary>
    private static async Task<string> RenderAsync(IServiceProvider root, string caseNumber, ClaimsPrincipal principal)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (services.GetRequiredService<NavigationManager>() is not IHostEnvironmentNavigationManager navigation)
        {
            throw new PageCheckException("the app's NavigationManager cannot be initialized outside a request");
        }

        navigation.Initialize("http://127.0.0.1/", $"http://127.0.0.1/cases/{caseNumber}");
        if (services.GetRequiredService<AuthenticationStateProvider>() is not IHostEnvironmentAuthenticationStateProvider authentication)
        {
            throw new PageCheckException("the app's AuthenticationStateProvider cannot be given a user outside a request");
        }

        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<Routes>()).ToHtmlString());
    }

    /// <summary>Fails unless the page shows the case; returns the id of the decision section shown.</summary>
    private static string Check(string html, ExpectedCase expected, ClaimsPrincipal user)
    {
        var text = WebUtility.HtmlDecode(html);
        var who = $"case {expected.CaseNumber} as {user.Identity?.Name}";
        Require(Regex.IsMatch(text, $"<h1 class=\"[^\"]*\\bcase-title\\b[^\"]*\"[^>]*>[^<]*{expected.CaseNumber}</h1>"), who, "the case title (h1.case-title) with the case number");
        foreach (var name in expected.Parties)
        {
            Require(text.Contains(name, StringComparison.Ordinal), who, $"party {name}");
        }

        foreach (var (code, location) in expected.Units)
        {
            Require(text.Contains($"data-unit=\"{code}\"", StringComparison.Ordinal), who, $"unit {code}");
            Require(location is null || text.Contains(location, StringComparison.Ordinal), who, $"register location {location} of unit {code}");
        }

        Require(!expected.HasFindings || text.Contains("findings-run", StringComparison.Ordinal), who, "the latest findings run");
        var journal = JournalLine().Count(text);
        Require(journal == expected.JournalLines && journal > 0, who, $"{expected.JournalLines} journal rows (found {journal})");
        Require(text.Contains("id=\"case-workflow\"", StringComparison.Ordinal) && text.Contains("id=\"current-user\"", StringComparison.Ordinal), who, "the workflow section and the signed-in user");
        var diagram = expected.Diagram;
        Require(text.Contains("id=\"case-workflow-diagram\"", StringComparison.Ordinal), who, "the drawn workflow diagram (#case-workflow-diagram)");
        Require(DiagramNode().Count(text) == diagram.Nodes && DiagramEdge().Count(text) == diagram.Edges, who,
            $"{diagram.Nodes} drawn nodes and {diagram.Edges} drawn transitions (found {DiagramNode().Count(text)} and {DiagramEdge().Count(text)})");
        var current = CurrentNode().Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
        Require(current.SequenceEqual(diagram.Current), who, $"current node(s) {string.Join(", ", diagram.Current)} highlighted (found {string.Join(", ", current)})");
        Require(TakenEdge().Count(text) == diagram.Taken, who, $"{diagram.Taken} transitions traced as taken (found {TakenEdge().Count(text)})");
        Require(!text.Contains("flowchart", StringComparison.Ordinal), who, "no Mermaid text in the examiner's view");
        string[] kinds = ["decision-task", "decision-separation", "decision-claimed", "decision-none"];
        var shown = kinds.Where(k => text.Contains($"id=\"{k}\"", StringComparison.Ordinal)).ToList();
        Require(shown.Count == 1, who, "exactly one decision section (found " + string.Join(", ", shown) + ")");
        Require(expected.OpenTaskRoles.Any(user.IsInRole) || shown[0] == "decision-none", who, "no decision for a user without the open task's role (found " + shown[0] + ")");
        return shown[0];
    }

    private static async Task<bool> MeasureHttpAsync(List<ExpectedCase> cases, int iterations)
    {
        await using var host = await WebHost.StartAsync(CopyPath, RepositoryRoot());
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // Signed out, the page's [Authorize] sends the browser to the login form: so a 200 below means the cookie worked.
        using (var anonymous = await client.GetAsync(new Uri($"cases/{cases[0].CaseNumber}", UriKind.Relative)))
        {
            Require(anonymous.StatusCode == HttpStatusCode.Redirect && anonymous.Headers.Location?.ToString().Contains("/account/login", StringComparison.OrdinalIgnoreCase) == true, $"GET /cases/{cases[0].CaseNumber} signed out", $"a redirect to the login page (got {(int)anonymous.StatusCode} {anonymous.Headers.Location})");
        }

        await SignInAsync(client, "reviewer1");

        var samples = new double[iterations];
        long bytes = 0;
        const int warmUp = 10;
        for (var i = -warmUp; i < iterations; i++)
        {
            var expected = cases[(i + warmUp) % cases.Count];
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri($"cases/{expected.CaseNumber}", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var who = $"GET /cases/{expected.CaseNumber}";
            Require(response.StatusCode == HttpStatusCode.OK, who, $"200 (got {(int)response.StatusCode} {response.Headers.Location})");
            Require(body.Contains("<!--Blazor:", StringComparison.Ordinal) && !body.Contains("login-form", StringComparison.Ordinal), who, "the signed-in page shell");
            var decoded = WebUtility.HtmlDecode(body);
            if (decoded.Contains(expected.Parties[0], StringComparison.Ordinal) || decoded.Contains("case-title", StringComparison.Ordinal))
            {
                throw new PageCheckException($"{who} carries the case's data: prerendering is on, so measure the page over HTTP instead of in process (change this benchmark)");
            }

            if (i >= 0)
            {
                samples[i] = elapsed;
                bytes += body.Length;
            }
        }

        Report($"HTTP GET /cases/{{no}} (real host, signed in; prerender off → page shell only, {bytes / iterations} bytes, no case data) over {cases.Count} cases, {iterations} requests after {warmUp} warm-ups", samples, "not the page render: the case is rendered over the circuit, below");
        return true;
    }

    /// <summary>Signs in through the login form: antiforgery token from the page, cookie, form post, the auth cookie.</summary>
    private static async Task SignInAsync(HttpClient client, string userName)
    {
        var page = await client.GetStringAsync(new Uri("account/login", UriKind.Relative));
        var token = HiddenInput(page, "__RequestVerificationToken");
        var handlerName = HiddenInput(page, "_handler");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = handlerName,
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = DemoUsers.Password,
        });
        using var response = await client.PostAsync(new Uri("account/login", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        Require(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, $"sign-in of {userName}", $"a redirect after the form post (got {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]})");
    }

    private static string HiddenInput(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|<input[^>]*value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"");
        Require(match.Success, "the login page", $"the hidden input {name}");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    private static void Report(string what, double[] samples, string note)
    {
        Array.Sort(samples);
        double P(double p) => samples[Math.Clamp((int)Math.Ceiling(p * samples.Length) - 1, 0, samples.Length - 1)];
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {samples[^1]:F1} ms ({note})"));
    }

    // The 1, 5 and 15 minute load averages (Linux), printed with the figures: on a shared machine they explain the tails.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void Require(bool condition, string who, string what)
    {
        if (!condition)
        {
            throw new PageCheckException($"{who}: expected {what}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("run from inside the repository: Registry.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("class=\"journal-line\"")]
    private static partial Regex JournalLine();

    [GeneratedRegex("<g [^>]*class=\"wf-node ")]
    private static partial Regex DiagramNode();

    [GeneratedRegex("<g [^>]*class=\"wf-edge[ \"]")]
    private static partial Regex DiagramEdge();

    [GeneratedRegex("<g [^>]*class=\"wf-node [^\"]*\\bnode-current\\b[^\"]*\"[^>]*data-node=\"([^\"]+)\"")]
    private static partial Regex CurrentNode();

    [GeneratedRegex("<g [^>]*class=\"wf-edge edge-taken\"")]
    private static partial Regex TakenEdge();

    private sealed record ExpectedCase(
        string CaseNumber,
        IReadOnlyList<string> Parties,
        IReadOnlyList<(string Code, string? Location)> Units,
        int JournalLines,
        bool HasFindings,
        IReadOnlyList<string> OpenTaskRoles)
    {
        /// <summary>The drawn diagram (issue 15): nodes, transitions, current nodes and transitions taken.</summary>
        public (int Nodes, int Edges, IReadOnlyList<string> Current, int Taken) Diagram { get; init; }
    }

    private sealed class PageCheckException(string message) : Exception(message);

    /// <summary>Registry.Web.dll (built beside this benchmark) as a child process on a free loopback port.</summary>
    private sealed class WebHost : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _output = new();

        private WebHost(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<WebHost> StartAsync(string databasePath, string repositoryRoot)
        {
            var dll = Path.Combine(repositoryRoot, "src", "Registry.Web", "bin", "Release", "net10.0", "Registry.Web.dll");
            if (!File.Exists(dll))
            {
                throw new PageCheckException($"{dll} does not exist: build the benchmark in Release (it builds Registry.Web)");
            }

            int port;
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }

            var baseAddress = new Uri($"http://127.0.0.1:{port}/");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Database__Path"] = databasePath;
            start.Environment["Data__Directory"] = repositoryRoot;
            start.Environment["Scheduling__EnableJobs"] = "false";
            var process = new Process { StartInfo = start };
            var host = new WebHost(process, baseAddress);
            process.OutputDataReceived += (_, e) => host.Append(e.Data);
            process.ErrorDataReceived += (_, e) => host.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (process.HasExited)
                {
                    throw new PageCheckException($"Registry.Web exited with {process.ExitCode} before /health answered:\n{host.Output}");
                }

                try
                {
                    using var response = await probe.GetAsync(new Uri("health", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        System.Console.WriteLine($"web host up on {baseAddress} in {clock.Elapsed.TotalSeconds:F0} s");
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
            throw new PageCheckException($"Registry.Web did not answer /health within 3 minutes:\n{host.Output}");
        }

        private string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
                }
            }
            finally
            {
                _process.Dispose();
            }
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
