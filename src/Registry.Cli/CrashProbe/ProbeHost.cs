using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Composition;

namespace Registry.Cli.CrashProbe;

/// <summary>
/// The product's composition root on a SQLite file, as the web host builds it (<see cref="RegistryServiceCollectionExtensions.AddRegistryServices"/>,
/// first-run initialisation on every start), with the Quartz jobs off: the probe dispatches the outbox itself after each
/// command, as the outbox job would.
/// </summary>
internal static class ProbeHost
{
    public static async Task<ServiceProvider> StartAsync(string database, TimeProvider clock, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = database,
            ["Database:SeedDemoData"] = "false",
            ["Scheduling:EnableJobs"] = "false",
            ["Scheduling:SmsFilePath"] = database + ".sms.log",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(clock)
            .AddRegistryServices(configuration)
            .BuildServiceProvider();
        await services.InitializeRegistryAsync(cancellationToken);
        return services;
    }
}
