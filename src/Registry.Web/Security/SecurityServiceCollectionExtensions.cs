using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Registry.Persistence;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary>Sign-in with ASP.NET Core Identity (cookie) on the application database, and role checks.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Path of the sign-in page; unauthenticated requests are redirected here.</summary>
    public const string LoginPath = "/account/login";

    /// <summary>Adds Identity with cookie sign-in, roles and the cascading authentication state for components.</summary>
    public static IServiceCollection AddRegistrySecurity(this IServiceCollection services)
    {
        // One key ring for every node on the database: a cookie or anti-forgery token issued by one web node is read
        // by the others (the default file ring is per machine and user).
        services.AddDataProtection()
            .SetApplicationName("Registry")
            .PersistKeysToDbContext<RegistryDbContext>();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.Name = "Registry.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(9); // one working day
            cookie.Events.OnValidatePrincipal = SecurityStampCookieValidator.ValidateAsync;
        });
        services.AddScoped<AuthenticationStateProvider, SecurityStampRevalidatingAuthenticationStateProvider>();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = false; // the office's other hosts are not ours to pin
        });
        services.AddAuthorization();
        services.AddIdentityCore<RegistryUser>(identity =>
            {
                identity.User.RequireUniqueEmail = false;
                identity.Password.RequiredLength = 8;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegistryDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<RegistryUserClaimsPrincipalFactory>();
        return services;
    }
}
