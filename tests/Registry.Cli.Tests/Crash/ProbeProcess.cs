using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Registry.Cli.Tests.Crash;

/// <summary>One run of the crash probe (<c>registry crash-probe</c>) as a child process: its output lines, how it ended.</summary>
internal sealed class ProbeProcess
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<string> _lines = [];
    private readonly StringBuilder _errors = new();

    private ProbeProcess()
    {
    }

    public IReadOnlyList<string> Lines => _lines;

    public string Errors => _errors.ToString();

    public int ExitCode { get; private set; }

    /// <summary>Killed by a crash point (SIGKILL from itself) or by the parent.</summary>
    public bool Killed => ExitCode is 137 or -1 || _errors.ToString().Contains("crash point", StringComparison.Ordinal);

    /// <summary>Milliseconds from process start to the composed, initialised product (<c>READY</c>).</summary>
    public long? StartupMs => Value("READY") is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : null;

    /// <summary>The check the run made when it started, i.e. after the previous run's death.</summary>
    public Registry.Cli.CrashProbe.ProbeCheckReport? Check => Value("CHECK") is { } v ? JsonSerializer.Deserialize<Registry.Cli.CrashProbe.ProbeCheckReport>(v, Json) : null;

    public Registry.Cli.CrashProbe.ProbeCheckReport? Done => Value("DONE") is { } v ? JsonSerializer.Deserialize<Registry.Cli.CrashProbe.ProbeCheckReport>(v, Json) : null;

    public IEnumerable<string> Stuck => _lines.Where(l => l.StartsWith("STUCK ", StringComparison.Ordinal));

    /// <summary>
    /// Runs the probe with <paramref name="args"/>; with <paramref name="crashAt"/> the child kills itself there; with
    /// <paramref name="killAfterCheck"/> the parent kills it that long after the <paramref name="afterCommands"/>-th command
    /// it reports (ACCEPTED, MOVED, ENDED) following its start-up check.
    /// </summary>
    public static async Task<ProbeProcess> RunAsync(IEnumerable<string> args, string? crashAt = null, TimeSpan? killAfterCheck = null, int afterCommands = 0, TimeSpan? timeout = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Registry.Cli.exe" : "Registry.Cli");
        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add("crash-probe");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment[Registry.Application.Transactions.CrashPoints.Variable] = crashAt ?? string.Empty;
        var run = new ProbeProcess();
        using var process = new Process { StartInfo = start };
        var checkSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commands = 0;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (run._lines)
            {
                run._lines.Add(e.Data);
            }

            if (e.Data.StartsWith("CHECK ", StringComparison.Ordinal) && afterCommands == 0)
            {
                checkSeen.TrySetResult();
            }
            else if ((e.Data.StartsWith("ACCEPTED ", StringComparison.Ordinal) || e.Data.StartsWith("MOVED ", StringComparison.Ordinal) || e.Data.StartsWith("ENDED ", StringComparison.Ordinal))
                && Interlocked.Increment(ref commands) == afterCommands)
            {
                checkSeen.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (run._errors)
                {
                    run._errors.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            if (killAfterCheck is { } delay)
            {
                var exited = process.WaitForExitAsync(deadline.Token);
                if (await Task.WhenAny(checkSeen.Task, exited) == checkSeen.Task)
                {
                    await Task.WhenAny(Task.Delay(delay, deadline.Token), exited);
                    if (!process.HasExited)
                    {
                        process.Kill(); // SIGKILL on Unix
                    }
                }
            }

            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"crash probe {string.Join(' ', start.ArgumentList)} did not finish in time; last lines: {string.Join(" | ", run._lines.TakeLast(5))}");
        }

        process.WaitForExit(); // drains the redirected streams
        run.ExitCode = process.ExitCode;
        return run;
    }

    private string? Value(string kind)
    {
        lock (_lines)
        {
            return _lines.LastOrDefault(l => l.StartsWith(kind + " ", StringComparison.Ordinal))?[(kind.Length + 1)..];
        }
    }
}
