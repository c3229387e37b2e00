using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Application.Deadlines;
using Registry.Application.Designer;
using Registry.Application.Security;
using Registry.Composition;

namespace Registry.Cli;

/// <summary>
/// <c>calendar load FILE --database PATH</c>: loads one year's official calendar (the State Council notice as a
/// <c>&lt;year&gt;.json</c> file) into a database and recomputes its open cases' deadlines; <c>calendar list</c> shows which
/// years are official and which provisional.
/// </summary>
internal static class CalendarCommand
{
    public const string Usage = "usage: registry calendar load FILE --database path.db\n       registry calendar list --database path.db [--from YEAR] [--to YEAR]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is not ("load" or "list"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var load = args[0] == "load";
        string? file = null;
        string? database = null;
        int? from = null, to = null;
        var rest = args[1..];
        if (load && rest.Length > 0 && !rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            file = Path.GetFullPath(rest[0]);
            rest = rest[1..];
        }

        for (var i = 0; i + 1 < rest.Length; i += 2)
        {
            switch (rest[i])
            {
                case "--database":
                    database = Path.GetFullPath(rest[i + 1]);
                    break;
                case "--from" when int.TryParse(rest[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var f):
                    from = f;
                    break;
                case "--to" when int.TryParse(rest[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var t):
                    to = t;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"'{rest[i]}' is not a valid option\n{Usage}");
                    return 2;
            }
        }

        if (database is null || (load && (file is null || !File.Exists(file))))
        {
            await Console.Error.WriteLineAsync($"--database is required{(load ? " and FILE must exist" : "")}\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddRegistryServices(configuration)
            .BuildServiceProvider();
        await services.InitializeRegistryAsync(cancellationToken);
        var calendars = services.GetRequiredService<ICalendarAdministration>();
        if (load)
        {
            try
            {
                // The command line is the server operator's tool: it acts as the business admin.
                var user = new DesignerUser("cli:" + Environment.UserName, [RegistryRoles.BusinessAdmin]);
                var result = await calendars.LoadYearAsync(await File.ReadAllBytesAsync(file!, cancellationToken), Path.GetFileName(file), user, cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"calendar {result.Year} loaded as official: {result.Recomputed} open deadlines recomputed, {result.Changed} changed, {result.StillProvisional} still provisional"));
            }
            catch (CalendarFileRejectedException e)
            {
                await Console.Error.WriteLineAsync($"calendar file refused (calendars/calendar.schema.json): {e.Message}");
                return 1;
            }
        }

        var years = calendars.ListYears(from ?? 2025, to ?? services.GetRequiredService<TimeProvider>().GetUtcNow().Year + 2);
        foreach (var year in years)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {year.Year}  {(year.IsOfficial ? "official" : "provisional"),-11} {year.Source ?? "-",-8} {year.WorkingDays,3} working days, {year.RestWeekdays,2} weekdays off, {year.AdjustedWorkdays} weekend days worked"));
        }

        return 0;
    }
}
