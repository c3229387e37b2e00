using System.Diagnostics;
using System.Globalization;

namespace Registry.Application.Transactions;

/// <summary>
/// Named instants of a case command (before and after its commit, inside recording, around an outbox delivery) where the
/// crash-test harness kills the process with SIGKILL, to prove that a crash at any instant leaves a state from which every
/// case can move on. Off unless the environment variable <c>REGISTRY_CRASH_AT</c> is set to <c>point#n</c> (the n-th time
/// the point is reached; <c>#1</c> when omitted) — only the harness sets it.
/// </summary>
public sealed class CrashPoints
{
    /// <summary>The variable the harness sets.</summary>
    public const string Variable = "REGISTRY_CRASH_AT";

    /// <summary>Just before a case command commits.</summary>
    public const string BeforeCommit = "command.before-commit";

    /// <summary>Just after a case command committed, before anything after-commit ran.</summary>
    public const string AfterCommit = "command.after-commit";

    /// <summary>Inside recording: the register entries are written into the command's transaction, the case is not yet.</summary>
    public const string AfterRegisterWrite = "record.after-register";

    /// <summary>An outbox message was handed to its channel, its delivery not yet marked.</summary>
    public const string AfterDeliver = "outbox.after-deliver";

    /// <summary>An outbox message's delivery was marked.</summary>
    public const string AfterDeliveryMarked = "outbox.after-mark";

    private readonly string? _point;
    private readonly int _hit;
    private int _count;

    /// <summary>Reads <see cref="Variable"/> once.</summary>
    public CrashPoints()
        : this(Environment.GetEnvironmentVariable(Variable))
    {
    }

    /// <summary>Uses <paramref name="setting"/> (<c>point#n</c>), or nothing when null.</summary>
    public CrashPoints(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return;
        }

        var hash = setting.IndexOf('#', StringComparison.Ordinal);
        _point = hash < 0 ? setting.Trim() : setting[..hash].Trim();
        _hit = hash < 0 ? 1 : int.Parse(setting[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a point is armed at all.</summary>
    public bool IsArmed => _point is not null;

    /// <summary>Kills this process (SIGKILL, no clean-up) when <paramref name="point"/> is the armed one, reached for the n-th time.</summary>
    public void Reach(string point)
    {
        if (_point is null || !string.Equals(_point, point, StringComparison.Ordinal) || Interlocked.Increment(ref _count) != _hit)
        {
            return;
        }

        Console.Error.WriteLine($"crash point {point}#{_hit}: killing process {Environment.ProcessId}");
        Console.Error.Flush();
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
