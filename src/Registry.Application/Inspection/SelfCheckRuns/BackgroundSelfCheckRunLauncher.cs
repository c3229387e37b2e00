using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Registry.Application.Inspection.SelfCheckRuns;

/// <summary>
/// Runs launched runs on the thread pool, each in its own service scope. Disposing it (host shutdown) cancels them and
/// leaves them running-but-interrupted in the store, to be resumed, exactly as a crash would.
/// </summary>
internal sealed class BackgroundSelfCheckRunLauncher(IServiceScopeFactory scopes, ILogger<BackgroundSelfCheckRunLauncher> logger) : ISelfCheckRunLauncher, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Guid, Task> _running = new();

    public void Launch(SelfCheckRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _running[run.Id] = Task.Run(() => ExecuteAsync(run), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // A batch still in hand is rolled back with its transaction; the run resumes after the last stored batch.
        }

        _stopping.Dispose();
    }

    private async Task ExecuteAsync(SelfCheckRun run)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<SelfCheckRunExecutor>().ExecuteAsync(run, _stopping.Token);
            logger.LogInformation("Self-check run {RunId} {Status}: {Checked} cases, {WithFindings} with findings", run.Id, result.Status, result.CheckedCases, result.CasesWithFindings);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            logger.LogWarning("Self-check run {RunId} interrupted by shutdown; it can be resumed", run.Id);
        }
#pragma warning disable CA1031 // A background run must not bring the process down; the run row says where it stopped.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Self-check run {RunId} stopped", run.Id);
        }
        finally
        {
            _running.TryRemove(run.Id, out _);
        }
    }
}
