using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Register.Browse;
using Registry.Persistence;

namespace Registry.Cli;

/// <summary>Times the register browser against an existing database: search, then open the first hit as of now.</summary>
internal static class SearchCommand
{
    public const string Usage = "usage: registry search --database path.db --text TEXT";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        string? database = null;
        string? text = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database":
                    database = Path.GetFullPath(args[i + 1]);
                    break;
                case "--text":
                    text = args[i + 1];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"'{args[i]}' is not a valid option\n{Usage}");
                    return 2;
            }
        }

        if (database is null || !File.Exists(database))
        {
            await Console.Error.WriteLineAsync($"--database must name an existing file\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = "false",
        }).Build();
        await using var services = new ServiceCollection().AddRegistryPersistence(configuration).BuildServiceProvider();
        var browser = services.GetRequiredService<IRegisterBrowser>();

        // The first call pays for building the EF model and compiling the query; the second is the steady state.
        var watch = Stopwatch.StartNew();
        var page = await browser.SearchAsync(new UnitSearch(text), cancellationToken);
        var cold = watch.Elapsed;
        watch.Restart();
        page = await browser.SearchAsync(new UnitSearch(text), cancellationToken);
        var warm = watch.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search '{text}': {page.Total:N0} units, first page {page.Items.Count}; cold {cold.TotalMilliseconds:0} ms, warm {warm.TotalMilliseconds:0} ms"));
        foreach (var item in page.Items.Take(5))
        {
            output.WriteLine($"  {item.UnitCode}  {item.Location}  {item.HoldersDisplay}  mortgages {item.MortgageCount}");
        }

        if (page.Items.Count > 0)
        {
            await browser.GetUnitAsync(page.Items[0].UnitCode, cancellationToken: cancellationToken);
            watch.Restart();
            var unit = await browser.GetUnitAsync(page.Items[0].UnitCode, cancellationToken: cancellationToken);
            var history = await browser.GetHistoryAsync(page.Items[0].UnitCode, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"unit {unit!.DisplayCode}: {unit.Ownerships.Count} ownership, {unit.Mortgages.Count} mortgages, {history.Count} history entries in {watch.Elapsed.TotalMilliseconds:0} ms"));
        }

        return 0;
    }
}
