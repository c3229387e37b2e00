using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Registry.Application.Tests.Transactions;

/// <summary>
/// Counts the SQL statements EF Core sends while <see cref="Count"/> is in force on the current async flow (EF's
/// diagnostic events, so no access to the context's options is needed), keyed by verb and first table:
/// <c>SELECT Cases</c>, <c>INSERT CaseStatusChanges</c>… The workflow store's prepared statements do not go through EF and
/// are not counted.
/// </summary>
public sealed partial class SqlStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<SqlStatementCounter?> Active = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly List<IDisposable> _subscriptions = [];

    public SqlStatementCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Statements by "VERB Table".</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int Total => _counts.Values.Sum();

    public int this[string key] => _counts.GetValueOrDefault(key);

    /// <summary>Counts the statements of the code run until the returned handle is disposed (this async flow only).</summary>
    public IDisposable Count()
    {
        _counts.Clear();
        Active.Value = this;
        return new Stop();
    }

    /// <summary>The counts so far, kept apart from later counting.</summary>
    public Snapshot Take() => new(new Dictionary<string, int>(_counts));

    public override string ToString() => string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (Active.Value == this && value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed)
        {
            var text = executed.Command.CommandText.TrimStart();
            var verb = text.Split(' ', 2)[0].ToUpperInvariant();
            var table = TablePattern().Match(text) is { Success: true } m ? m.Groups[1].Value : "?";
            _counts.AddOrUpdate($"{verb} {table}", 1, (_, n) => n + 1);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    [GeneratedRegex("(?:FROM|INTO|UPDATE)\\s+\"(\\w+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TablePattern();

    /// <summary>Counts taken at one moment.</summary>
    public sealed class Snapshot(IReadOnlyDictionary<string, int> counts)
    {
        public int Total => counts.Values.Sum();

        /// <summary>
        /// Statements outside the workflow store's tables: on SQLite the store writes and reads through its own prepared
        /// statements, which are not counted, while on a server database it goes through EF; budgets compare this figure
        /// so they mean the same on both.
        /// </summary>
        public int OutsideWorkflowStore => counts.Where(c => !c.Key.Contains(" Workflow", StringComparison.Ordinal)).Sum(c => c.Value);

        public int this[string key] => counts.GetValueOrDefault(key);

        public override string ToString() => string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));
    }

    private sealed class Stop : IDisposable
    {
        public void Dispose() => Active.Value = null;
    }
}
