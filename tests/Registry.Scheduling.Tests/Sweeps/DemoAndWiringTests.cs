using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Registry.Application.Deadlines;
using Registry.Scheduling.Calendar;
using Registry.Scheduling.Demo;

namespace Registry.Scheduling.Tests.Sweeps;

public sealed class DemoAndWiringTests
{
    [Fact]
    public async Task DemoSeeder_SpreadsCasesOverGreenAmberAndRed()
    {
        var now = new DateTimeOffset(2025, 11, 19, 9, 0, 0, ChinaTime.Offset);
        var (db, node) = await SchedulingDatabase.CreateAsync(now);
        await using var _ = db;
        var cases = Enumerable.Range(1, 9).Select(i => new DemoCase($"DEMO-{i:00}", "TransferSale")).ToList();

        Assert.Equal(9, await node.GetRequiredService<DemoDeadlineSeeder>().SeedAsync(cases, now));
        Assert.Equal(0, await node.GetRequiredService<DemoDeadlineSeeder>().SeedAsync(cases, now));

        var service = node.GetRequiredService<ICaseDeadlineService>();
        var debug = string.Join("; ", await Task.WhenAll(cases.Select(async c => (await node.GetRequiredService<ICaseDeadlineStore>().FindAsync(c.CaseNumber))!).Select(async t => { var r = await t; return $"{r.CaseNumber} {r.Stage} acc={r.AcceptedAt} due={r.DueAt} amber={r.AmberFrom}"; })));
        Assert.True((await service.ListOpenAsync(DeadlineStage.Green)).Total == 3, debug);
        Assert.True((await service.ListOpenAsync(DeadlineStage.Amber)).Total == 3, debug);
        Assert.True((await service.ListOpenAsync(DeadlineStage.Red)).Total == 3, debug);
    }

    [Fact]
    public void AddRegistryScheduling_RegistersQuartzWithThreeJobsAndItsHostedService()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Calendar:Directory"] = RepositoryCalendars.Directory,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRegistryScheduling(configuration);

        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Contains(services, d => d.ServiceType == typeof(ISchedulerFactory));
        var jobTypes = services.Where(d => d.ImplementationType?.Namespace == "Registry.Scheduling.Jobs").Select(d => d.ImplementationType!.Name).ToList();
        Assert.Contains("DeadlineSweepJob", jobTypes);
    }
}
