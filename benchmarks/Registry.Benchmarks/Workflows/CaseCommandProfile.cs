using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Transactions;
using Registry.Persistence;

namespace Registry.Benchmarks.Workflows;

/// <summary>
/// Where a case command's time goes (<c>case-lifecycle --profile</c>): every EF statement counted per command with its
/// rows read and written and its time (a <see cref="DbCommandInterceptor"/>), and the calls into the case command's
/// ports and stores timed (inclusive: a call's time includes the calls it makes). The workflow instance store's own
/// prepared statements on SQLite do not pass through EF and are not counted here (they show as its timed calls).
/// </summary>
internal sealed partial class CaseCommandProfile
{
    private static readonly AsyncLocal<string?> Label = new();
    private readonly ConcurrentDictionary<(string Label, string Key), Tally> _tallies = new();
    private readonly ConcurrentDictionary<string, int> _commands = new();

    public static IDisposable Command(string label)
    {
        var previous = Label.Value;
        Label.Value = label;
        return new Restore(previous);
    }

    public void Reset()
    {
        _tallies.Clear();
        _commands.Clear();
    }

    public void Count(string label) => _commands.AddOrUpdate(label, 1, (_, n) => n + 1);

    public void Add(string key, TimeSpan elapsed, long rowsRead = 0, long rowsWritten = 0, int calls = 1)
    {
        var label = Label.Value ?? "(outside)";
        var tally = _tallies.GetOrAdd((label, key), _ => new Tally());
        lock (tally)
        {
            tally.Calls += calls;
            tally.Ticks += elapsed.Ticks;
            tally.RowsRead += rowsRead;
            tally.RowsWritten += rowsWritten;
        }
    }

    /// <summary>Adds the SQL counter and wraps the ports and stores named in <paramref name="timed"/>.</summary>
    public void Instrument(IServiceCollection services, params Type[] timed)
    {
        services.ConfigureDbContext<RegistryDbContext>(b => b.AddInterceptors(new SqlCounter(this)), ServiceLifetime.Singleton);
        foreach (var type in timed)
        {
            for (var i = 0; i < services.Count; i++)
            {
                var d = services[i];
                if (d.ServiceType != type || d.IsKeyedService)
                {
                    continue;
                }

                Func<IServiceProvider, object> inner = d.ImplementationInstance is { } instance ? _ => instance
                    : d.ImplementationFactory is { } factory ? factory
                    : sp => ActivatorUtilities.CreateInstance(sp, d.ImplementationType!);
                services[i] = new ServiceDescriptor(type, sp => Wrap(type, inner(sp)), d.Lifetime);
            }
        }

        var transaction = services.Last(d => d.ServiceType == typeof(ICaseCommandTransaction));
        services.Add(new ServiceDescriptor(typeof(ICaseCommandTransaction), sp => new TimedTransaction((ICaseCommandTransaction)ActivatorUtilities.CreateInstance(sp, transaction.ImplementationType!), this), transaction.Lifetime));
    }

    public void Print(TextWriter output)
    {
        foreach (var group in _tallies.GroupBy(t => t.Key.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = Math.Max(1, _commands.GetValueOrDefault(group.Key));
            output.WriteLine($"\n## {group.Key} ({n} commands) — per command");
            output.WriteLine("| what | calls | ms | rows read | rows written |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            var sql = group.Where(t => t.Key.Key.StartsWith("sql ", StringComparison.Ordinal)).ToList();
            output.WriteLine($"| **SQL statements (EF)** | {sql.Sum(t => t.Value.Calls) / (double)n:F1} | {sql.Sum(t => t.Value.Ticks) / (double)n / TimeSpan.TicksPerMillisecond:F2} | {sql.Sum(t => t.Value.RowsRead) / (double)n:F1} | {sql.Sum(t => t.Value.RowsWritten) / (double)n:F1} |");
            foreach (var (key, tally) in group.OrderByDescending(t => t.Value.Ticks).Select(t => (t.Key.Key, t.Value)))
            {
                output.WriteLine($"| {key} | {tally.Calls / (double)n:F1} | {tally.Ticks / (double)n / TimeSpan.TicksPerMillisecond:F2} | {tally.RowsRead / (double)n:F1} | {tally.RowsWritten / (double)n:F1} |");
            }
        }
    }

    private object Wrap(Type type, object inner)
    {
        var proxy = DispatchProxy.Create(type, typeof(TimingProxy));
        ((TimingProxy)proxy).Initialise(inner, type.Name, this);
        return proxy;
    }

    [GeneratedRegex("(?:FROM|INTO|UPDATE|JOIN)\\s+\"(\\w+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    private static string KeyOf(DbCommand command)
    {
        var text = command.CommandText.TrimStart();
        var verb = text.Split(' ', 2)[0].ToUpperInvariant();
        if (verb.StartsWith("PRAGMA", StringComparison.Ordinal))
        {
            return "sql PRAGMA";
        }

        var tables = TablePattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Take(3);
        var statements = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return $"sql {verb} {string.Join("+", tables)}{(statements > 1 ? $" (batch of {statements})" : string.Empty)}";
    }

    private sealed class Tally
    {
        public long Calls;
        public long Ticks;
        public long RowsRead;
        public long RowsWritten;
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Label.Value = previous;
    }

    private sealed class SqlCounter(CaseCommandProfile profile) : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            profile.Add(KeyOf(command), eventData.Duration, calls: 1);
            return ValueTask.FromResult(result);
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            profile.Add(KeyOf(command), eventData.Duration, calls: 1);
            return result;
        }

        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            profile.Add(KeyOf(command), TimeSpan.Zero, rowsRead: eventData.ReadCount, rowsWritten: Math.Max(0, eventData.DataReader.RecordsAffected), calls: 0);
            return result;
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            profile.Add(KeyOf(command), TimeSpan.Zero, rowsRead: eventData.ReadCount, rowsWritten: Math.Max(0, eventData.DataReader.RecordsAffected), calls: 0);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            profile.Add(KeyOf(command), eventData.Duration, rowsWritten: Math.Max(0, result));
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            profile.Add(KeyOf(command), eventData.Duration, rowsWritten: Math.Max(0, result));
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            profile.Add(KeyOf(command), eventData.Duration, rowsRead: 1);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            profile.Add(KeyOf(command), eventData.Duration, rowsRead: 1);
            return result;
        }
    }

    private sealed class TimedTransaction(ICaseCommandTransaction inner, CaseCommandProfile profile) : ICaseCommandTransaction
    {
        public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> command, CancellationToken cancellationToken = default)
        {
            var total = Stopwatch.StartNew();
            var body = TimeSpan.Zero;
            try
            {
                return await inner.RunAsync(
                    async ct =>
                    {
                        var watch = Stopwatch.StartNew();
                        try
                        {
                            return await command(ct);
                        }
                        finally
                        {
                            body += watch.Elapsed;
                        }
                    },
                    cancellationToken);
            }
            finally
            {
                profile.Add("command body (inside the transaction)", body);
                profile.Add("gate + BEGIN + COMMIT + after-commit (outside the body)", total.Elapsed - body);
            }
        }

        public Task<T> IsolateAsync<T>(Func<CancellationToken, Task<T>> step, CancellationToken cancellationToken = default) => inner.IsolateAsync(step, cancellationToken);

        public void AfterCommit(Action action) => inner.AfterCommit(action);
    }

#pragma warning disable CA1852 // DispatchProxy needs a non-sealed type
    internal class TimingProxy : DispatchProxy
#pragma warning restore CA1852
    {
        private object _inner = default!;
        private string _name = default!;
        private CaseCommandProfile _profile = default!;

        public void Initialise(object inner, string name, CaseCommandProfile profile)
        {
            _inner = inner;
            _name = name;
            _profile = profile;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var key = $"{_name}.{targetMethod!.Name}";
            var start = Stopwatch.GetTimestamp();
            object? result;
            try
            {
                result = targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                _profile.Add(key, Stopwatch.GetElapsedTime(start));
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }

            if (result is Task task)
            {
                var label = Label.Value;
                task.ContinueWith(
                    _ =>
                    {
                        using var restore = Command(label ?? "(outside)");
                        _profile.Add(key, Stopwatch.GetElapsedTime(start));
                    },
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
            else
            {
                _profile.Add(key, Stopwatch.GetElapsedTime(start));
            }

            return result;
        }
    }
}
