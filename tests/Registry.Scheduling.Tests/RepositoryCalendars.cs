using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Registry.Scheduling.Calendar;

namespace Registry.Scheduling.Tests;

/// <summary>Locates the repository's calendars/ folder and builds services over it.</summary>
internal static class RepositoryCalendars
{
    private static readonly Lazy<string> Folder = new(FindFolder);
    private static readonly Lazy<IWorkingDayCalendar> NationalCalendar = new(() => JsonCalendarDirectory.Load(Folder.Value));

    /// <summary>The calendars/ folder beside Registry.sln, found by walking up from the test binaries.</summary>
    public static string Directory => Folder.Value;

    /// <summary>The national calendar loaded once from the repository files (immutable, so safe to share).</summary>
    public static IWorkingDayCalendar National => NationalCalendar.Value;

    public static ServiceProvider Services(FakeTimeProvider? time = null, IDictionary<string, string?>? settings = null, IServiceCollection? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Calendar:Directory"] = Directory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = configure ?? new ServiceCollection();
        services.AddSingleton<TimeProvider>(time ?? new FakeTimeProvider());
        services.AddRegistryCalendar(configuration);
        return services.BuildServiceProvider();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Registry.sln")))
            {
                return Path.Combine(dir.FullName, "calendars");
            }
        }

        throw new InvalidOperationException($"No Registry.sln above {AppContext.BaseDirectory}.");
    }
}
