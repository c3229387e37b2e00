using Microsoft.AspNetCore.Localization;

namespace Registry.Web.Localization;

/// <summary>Request localization from the culture cookie, zh-CN when there is none.</summary>
internal static class LocalizationExtensions
{
    public static IServiceCollection AddRegistryLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<StepNames>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(RegistryCultures.Default)
                .AddSupportedCultures([.. RegistryCultures.Supported])
                .AddSupportedUICultures([.. RegistryCultures.Supported]);
            // Only the cookie decides: the app is Chinese unless the user picked English in the app bar,
            // whatever the browser's Accept-Language says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication UseRegistryLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
