using System.Diagnostics;
using System.Globalization;
using Registry.Application.Transactions;
using Xunit.Abstractions;

namespace Registry.Cli.Tests.Crash;

/// <summary>
/// The crash harness (issue 12): the product, composed as the web host composes it on a SQLite file
/// (<c>registry crash-probe</c>), works transfers through the case services and is killed with SIGKILL — at each named
/// crash point of acceptance, decision, recording and outbox dispatch, and at random instants. Every restart checks the
/// file (register ⇔ cases ⇔ certificate numbers ⇔ journals ⇔ outbox, no stranded case) and moves every open case on;
/// the last run drives every case to an end and checks again. Counts are printed (dotnet test --logger "console;verbosity=detailed").
/// REGISTRY_CRASH_KILLS_PER_POINT and REGISTRY_CRASH_RANDOM_KILLS raise (never lower below 20 and 200) the number of kills.
/// </summary>
[Trait("Category", "Crash")]
public sealed class CrashHarnessTests(ITestOutputHelper output, PreparedProbeDatabase prepared) : IClassFixture<PreparedProbeDatabase>
{
    // How often each point is reached in one run of 3 transfers (≈ 6 commands, 1 booking and 3 messages per transfer):
    // the n-th hit is drawn from this range so that kills land on different commands and cases.
    private static readonly (string Point, int MaxHit)[] Points =
    [
        (CrashPoints.BeforeCommit, 14),
        (CrashPoints.AfterCommit, 14),
        (CrashPoints.AfterRegisterWrite, 2),
        (CrashPoints.AfterDeliver, 7),
        (CrashPoints.AfterDeliveryMarked, 7),
    ];

    private static int KillsPerPoint => Math.Max(20, Setting("REGISTRY_CRASH_KILLS_PER_POINT"));

    private static int RandomKills => Math.Max(200, Setting("REGISTRY_CRASH_RANDOM_KILLS"));

    [Fact]
    public async Task KilledAtEveryNamedPoint_EveryRestartFindsAConsistentRegisterAndEveryCaseMovesOn()
    {
        var violations = new List<string>();
        var summary = new List<string>();
        var clock = new ProbeStart();
        var watch = Stopwatch.StartNew();
        foreach (var (point, maxHit) in Points)
        {
            var database = prepared.CopyTo($"point-{point}");
            var random = new Random(point.Length * 7919);
            int kills = 0, runs = 0, checks = 0;
            while (kills < KillsPerPoint && runs < KillsPerPoint * 3)
            {
                runs++;
                var hit = random.Next(1, maxHit + 1);
                var run = await ProbeProcess.RunAsync(["work", "--database", database, "--cases", "3", "--seed", random.Next().ToString(CultureInfo.InvariantCulture), "--at", clock.Next()], crashAt: $"{point}#{hit}");
                checks += Collect(run, $"{point}#{hit} run {runs}", violations);
                if (run.Killed)
                {
                    kills++;
                }
                else
                {
                    Assert.True(run.ExitCode == 0, $"{point}#{hit}: the probe failed without being killed (exit {run.ExitCode}): {run.Errors}");
                }
            }

            var final = await ProbeProcess.RunAsync(["check", "--database", database, "--finish", "--at", clock.Next()]);
            checks += Collect(final, $"{point} final", violations);
            Assert.Equal(0, final.Check!.OpenCases);
            summary.Add($"{point}: {kills} kills in {runs} runs, {checks} checks, {final.Check.Cases} cases ({final.Check.RecordedCases} recorded, {final.Check.Certificates} certificates, {final.Check.OutboxMessages} messages), violations {violations.Count}");
            Assert.True(kills >= KillsPerPoint, $"{point} was reached and killed only {kills} times in {runs} runs");
        }

        output.WriteLine($"crash points: {string.Join("; ", summary)} — {watch.Elapsed.TotalSeconds:F0} s");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n{string.Join("\n", violations.Take(40))}");
    }

    [Fact]
    public async Task KilledAtRandomInstants_EveryRestartFindsAConsistentRegisterAndEveryCaseMovesOn()
    {
        var database = prepared.CopyTo("random");
        var random = new Random(20261207);
        var violations = new List<string>();
        var clock = new ProbeStart();
        var startup = new List<long>();
        int kills = 0, checks = 0, runs = 0, maxCases = 0;
        var watch = Stopwatch.StartNew();
        while (kills < RandomKills)
        {
            runs++;

            // Killed 0–400 ms after its 0th–8th command following the start-up check: while accepting, deciding, booking
            // or dispatching (a fixed delay would mostly land in the first command's warm-up on a loaded machine).
            var delay = TimeSpan.FromMilliseconds(random.Next(0, 400));
            var after = random.Next(0, 9);
            var run = await ProbeProcess.RunAsync(["work", "--database", database, "--cases", "1000", "--seed", random.Next().ToString(CultureInfo.InvariantCulture), "--at", clock.Next()], killAfterCheck: delay, afterCommands: after);
            checks += Collect(run, $"random run {runs} (kill {delay.TotalMilliseconds} ms after command {after})", violations);
            maxCases = Math.Max(maxCases, run.Check?.Cases ?? 0);
            if (run.StartupMs is { } ms)
            {
                startup.Add(ms);
            }

            if (run.Killed)
            {
                kills++;
            }
            else
            {
                Assert.True(run.ExitCode == 0, $"random run {runs}: the probe failed without being killed (exit {run.ExitCode}): {run.Errors}");
            }
        }

        var final = await ProbeProcess.RunAsync(["check", "--database", database, "--finish", "--at", clock.Next()]);
        checks += Collect(final, "random final", violations);
        startup.Sort();
        output.WriteLine($"random kills: {kills} kills in {runs} runs, {checks} checks, {final.Check!.Cases} cases ({final.Check.RecordedCases} recorded, {final.Check.Certificates} certificates, {final.Check.JournalsVerified} journals, {final.Check.OutboxMessages} messages), violations {violations.Count}; child start-up p50 {startup[startup.Count / 2]} ms, max {startup[^1]} ms — {watch.Elapsed.TotalSeconds:F0} s");
        Assert.Equal(0, final.Check.OpenCases);
        Assert.True(final.Check.Cases > 0, "the probe accepted no case at all");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n{string.Join("\n", violations.Take(40))}");
    }

    // Collects what a run reported: its start-up check, stuck cases and its final check; returns the number of checks.
    private static int Collect(ProbeProcess run, string label, List<string> violations)
    {
        var checks = 0;
        foreach (var report in new[] { run.Check, run.Done })
        {
            if (report is null)
            {
                continue;
            }

            checks++;
            violations.AddRange(report.Violations.Select(v => $"{label}: {v}"));
        }

        violations.AddRange(run.Stuck.Select(s => $"{label}: {s}"));
        if (run.Errors.Contains("Unhandled exception", StringComparison.Ordinal))
        {
            violations.Add($"{label}: {run.Errors[..Math.Min(run.Errors.Length, 600)]}");
        }

        return checks;
    }

    private static int Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Each restart starts its clock 10 minutes after the previous one (a run lasts seconds), so time never goes back and outbox leases expire.</summary>
    private sealed class ProbeStart
    {
        private DateTimeOffset _next = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

        public string Next()
        {
            var at = _next;
            _next = _next.AddMinutes(10);
            return at.ToString("O", CultureInfo.InvariantCulture);
        }
    }
}
