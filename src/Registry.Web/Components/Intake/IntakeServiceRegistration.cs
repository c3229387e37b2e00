using Microsoft.Extensions.Options;
using Registry.Application.Intake;

namespace Registry.Web.Components.Intake;

/// <summary>The acceptance window's services, bound to the configuration section <c>Intake</c>.</summary>
public static class IntakeServiceRegistration
{
    public static IServiceCollection AddRegistryIntakeWindow(this IServiceCollection services)
    {
        services.AddRegistryIntake();
        services.AddOptions<IntakeOptions>().BindConfiguration("Intake");
        services.AddSingleton<IPostConfigureOptions<IntakeOptions>, ScanDirectoryDefault>();
        return services;
    }

    /// <summary>Scans live next to the SQLite file (<c>scans/</c> beside <c>Database:Path</c>), or in App_Data/scans.</summary>
    private sealed class ScanDirectoryDefault(IConfiguration configuration, IWebHostEnvironment environment) : IPostConfigureOptions<IntakeOptions>
    {
        public void PostConfigure(string? name, IntakeOptions options)
        {
            if (!string.IsNullOrWhiteSpace(options.ScanDirectory))
            {
                options.ScanDirectory = Path.GetFullPath(options.ScanDirectory, environment.ContentRootPath);
                return;
            }

            var database = configuration["Database:Path"];
            options.ScanDirectory = string.IsNullOrWhiteSpace(database)
                ? Path.Combine(environment.ContentRootPath, "App_Data", "scans")
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database, environment.ContentRootPath))!, "scans");
        }
    }
}
