using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Application.Examination;
using Registry.Application.Security;
using Registry.Application.Worklist;
using Registry.Composition;

namespace Registry.Benchmarks.Load;

/// <summary>
/// One node of the load test: a process holding the product's services as a web node composes them (the generic host
/// with <c>AddRegistryServices</c>: PostgreSQL, Quartz clustered with its jobs running, the LISTEN/NOTIFY backplane),
/// without Kestrel and Blazor. Its examiners call the same services the worklist and case pages call: read the
/// 组内待领 (group) worklist, claim a task, approve it at 初审. Talks to the parent over stdin/stdout:
/// prints <c>ready</c> after a warm-up, runs on <c>go</c> until the group queue stays empty, prints <c>result {json}</c>,
/// exits on <c>exit</c>.
/// </summary>
internal static class LoadNode
{
    /// <summary><c>load-node connection-string examiners first-examiner warm-up [claim-next|pick-from-list] [pause-ms]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var connectionString = args[0];
        var examiners = int.Parse(args[1], CultureInfo.InvariantCulture);
        var firstExaminer = int.Parse(args[2], CultureInfo.InvariantCulture);
        var warmUp = int.Parse(args[3], CultureInfo.InvariantCulture);
        var claimNext = args.Length <= 4 || args[4] != "pick-from-list";
        var pauseMs = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 0;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(LoadDatabase.NodeConfiguration(connectionString, new Dictionary<string, string?>
        {
            ["Scheduling:ClusterCheckinInterval"] = "00:00:07.5",
        }));
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegistryServices(builder.Configuration);
        var host = builder.Build();
        await host.Services.InitializeRegistryAsync();
        await host.StartAsync();

        var result = new NodeResult();
        // Warm-up (not measured): decisions by four examiners at a time, so the JIT has compiled the hot paths to their final
        // tier (30 calls after the call-counting delay) and the pools are filled; then a pause for background compilation.
        var warmed = 0;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(4, examiners)).Select(w => Task.Run(async () =>
        {
            var warm = new Examiner(host.Services, $"load-examiner-{firstExaminer + w:000}", new NodeResult(), new Random(firstExaminer + w), claimNext);
            while (Interlocked.Increment(ref warmed) <= warmUp)
            {
                await warm.DecideOneAsync();
            }
        })));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Console.WriteLine("ready");
        if (Console.ReadLine() != "go")
        {
            return 1;
        }

        // What the JIT still compiles while the clock runs tells whether the node was warm (JitInfo counts all threads).
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(firstExaminer, examiners).Select(n => Task.Run(async () =>
        {
            var examiner = new Examiner(host.Services, $"load-examiner-{n:000}", result, new Random(n), claimNext);
            var empty = 0;
            if (pauseMs > 0)
            {
                // People do not all press at the same instant: each starts somewhere within the first pause.
                await Task.Delay(Random.Shared.Next(pauseMs + 1));
            }

            while (empty < 3)
            {
                empty = await examiner.DecideOneAsync() ? 0 : empty + 1;
                if (empty > 0)
                {
                    await Task.Delay(250);
                }
                else if (pauseMs > 0)
                {
                    // A person between two cases (reading the next one, writing the opinion): 0.5–1.5 × the pause.
                    await Task.Delay(pauseMs / 2 + Random.Shared.Next(pauseMs + 1));
                }
            }
        })));
        result.Seconds = watch.Elapsed.TotalSeconds;
        result.JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
        result.JitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds;
        Console.WriteLine("result " + JsonSerializer.Serialize(result));
        Console.ReadLine(); // "exit": the parent has read this process's CPU
        await host.StopAsync();
        // Not disposed: the host's services are torn down with the process (disposing raced the backplane's listener).
        return 0;
    }

    /// <summary>What one node measured.</summary>
    internal sealed class NodeResult
    {
        public List<double> ClaimAndDecideMs { get; set; } = [];

        public List<double> WorklistMs { get; set; } = [];

        public int ClaimConflicts { get; set; }

        public Dictionary<string, int> Failures { get; set; } = [];

        public List<string> FailureSamples { get; set; } = [];

        public double Seconds { get; set; }

        /// <summary>Methods the JIT compiled (a tier-up counts again) during the timed part, and the time it took.</summary>
        public long JitMethods { get; set; }

        public double JitSeconds { get; set; }

        /// <summary>When each decision committed (Unix ms): the recovery after a database outage is read from these.</summary>
        public List<long> DecidedAtMs { get; set; } = [];

        public void Add(List<double> list, double ms)
        {
            lock (this)
            {
                list.Add(ms);
            }
        }

        public void Fail(Exception e)
        {
            lock (this)
            {
                // As the case page tells them apart: an unreachable database ("数据库暂时无法连接，本次办理没有保存") or a defect.
                var key = Registry.Web.Hosting.Outages.IsDatabaseUnavailable(e) ? "database unavailable" : e.GetType().Name;
                Failures[key] = Failures.GetValueOrDefault(key) + 1;
                if (FailureSamples.Count < 5)
                {
                    FailureSamples.Add($"{key}: {e.Message}");
                }
            }
        }
    }

    /// <summary>
    /// A simulated 初审 examiner: 取下一件 (claim next) and approve; or, with <c>pick-from-list</c>, read the group worklist,
    /// claim a row of it and approve — what the console does on each click.
    /// </summary>
    private sealed class Examiner(IServiceProvider services, string user, NodeResult result, Random random, bool claimNext)
    {
        private static readonly string[] Roles = [RegistryRoles.FirstReview];

        /// <summary>Decides one case; false when the group queue was empty.</summary>
        public Task<bool> DecideOneAsync() => claimNext ? ClaimNextAndDecideAsync() : PickFromListAndDecideAsync();

        private async Task<bool> ClaimNextAndDecideAsync()
        {
            var start = Stopwatch.GetTimestamp();
            ClaimableTask? task;
            try
            {
                await using var scope = services.CreateAsyncScope();
                task = await scope.ServiceProvider.GetRequiredService<IWorklist>().ClaimNextAsync(user, Roles);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Fail(e);
                await Task.Delay(500); // a person reads the message and tries again
                return true;
            }

            if (task is null)
            {
                return false;
            }

            await DecideAsync(task.CaseNumber, start);
            return true;
        }

        private async Task DecideAsync(string caseNumber, long start)
        {
            try
            {
                await using var decideScope = services.CreateAsyncScope();
                await decideScope.ServiceProvider.GetRequiredService<CaseDecisionService>()
                    .DecideAsync(caseNumber, user, Roles, new DecisionRequest { Kind = DecisionKind.Approve, Opinion = "经审核，材料齐全，同意。" }, "firstReview");
                result.Add(result.ClaimAndDecideMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                lock (result)
                {
                    result.DecidedAtMs.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Fail(e);
                await Task.Delay(500);
            }
        }

        private async Task<bool> PickFromListAndDecideAsync()
        {
            await using var scope = services.CreateAsyncScope();
            var worklist = scope.ServiceProvider.GetRequiredService<IWorklist>();
            var start = Stopwatch.GetTimestamp();
            WorklistPage page;
            try
            {
                // A person picks from the first pages: spread so two hundred of them rarely reach for the same row.
                page = await worklist.GetAsync(new WorklistQuery(WorklistView.Group, Page: random.Next(0, 3)), user, Roles);
                if (page.Items.Count == 0)
                {
                    page = await worklist.GetAsync(new WorklistQuery(WorklistView.Group), user, Roles);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result.Fail(e);
                await Task.Delay(500); // a person reads the message and tries again
                return true;
            }

            result.Add(result.WorklistMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (page.Items.Count == 0)
            {
                return false;
            }

            var task = page.Items[random.Next(page.Items.Count)];
            start = Stopwatch.GetTimestamp();
            try
            {
                await worklist.ClaimAsync(task.InstanceId, task.TaskId, user, Roles);
            }
            catch (Exception e) when (Registry.Web.Hosting.Outages.IsDatabaseUnavailable(e))
            {
                result.Fail(e);
                await Task.Delay(500);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Another examiner claimed it first (the console says who): pick again.
                lock (result)
                {
                    result.ClaimConflicts++;
                }

                return true;
            }

            await DecideAsync(task.CaseNumber, start);
            return true;
        }
    }
}
