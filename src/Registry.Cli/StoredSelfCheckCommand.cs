using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Inspection.SelfCheckRuns;
using Registry.Composition;

namespace Registry.Cli;

/// <summary>
/// <c>registry selfcheck --store</c>: a stored self-check run over the cases completed in a range of China dates (all when
/// no range is given), on the product's own composition (as the web host and its nightly job run it), then its counts.
/// </summary>
internal static class StoredSelfCheckCommand
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        string? database = null;
        DateOnly? from = null;
        DateOnly? to = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database":
                    database = Path.GetFullPath(args[i + 1]);
                    break;
                case "--from" when DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f):
                    from = f;
                    break;
                case "--to" when DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t):
                    to = t;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"'{args[i]} {args[i + 1]}' is not a valid option\n{SelfCheckCommand.Usage}");
                    return 2;
            }
        }

        if (database is null)
        {
            await Console.Error.WriteLineAsync($"--database is required\n{SelfCheckCommand.Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Scheduling:EnableJobs"] = "false",
        }).AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider();
        await services.InitializeRegistryAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var start = from is { } a ? new DateTimeOffset(a.ToDateTime(TimeOnly.MinValue), China) : UnattendedSelfCheck.Beginning;
        var end = to is { } b ? new DateTimeOffset(b.AddDays(1).ToDateTime(TimeOnly.MinValue), China) : services.GetRequiredService<TimeProvider>().GetUtcNow();
        var watch = Stopwatch.StartNew();
        SelfCheckRun run;
        try
        {
            run = await scope.ServiceProvider.GetRequiredService<UnattendedSelfCheck>()
                .RunRangeAsync(SelfCheckRunTrigger.Command, Environment.UserName, "registry selfcheck --store", start, end, cancellationToken);
        }
        catch (SelfCheckRunConflictException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored self-check run {run.Id} {run.Status}: {run.CheckedCases:N0} of {run.TotalCases:N0} finished cases, {run.CasesWithFindings:N0} with findings, {run.SkippedCases:N0} never recorded, rule set {run.RuleSetVersion}, {watch.Elapsed.TotalSeconds:0.00} s"));
        foreach (var c in SelfCheckRunService.Categories(run))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Category,-12} {c.Cases,8:N0} cases {c.Findings,8:N0} findings  pass rate {c.PassRate:P1}"));
        }

        if (run.FailureReason is { } reason)
        {
            output.WriteLine($"failed: {reason}");
        }

        return run.Status == SelfCheckRunStatus.Succeeded ? 0 : 1;
    }
}
