using Microsoft.AspNetCore.Identity;
using Registry.Application.Security;
using Registry.Persistence;
using Registry.Persistence.Identity;

namespace Registry.Web.Security;

/// <summary>Creates the staff roles always, and the demo users when demo data is on; both idempotently.</summary>
public static class DemoUserSeeder
{
    /// <summary>Ensures every role in <see cref="RegistryRoles.All"/> exists and, with demo data on, every <see cref="DemoUsers"/> user.</summary>
    public static async Task SeedRolesAndDemoUsersAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in RegistryRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role '{role}'");
            }
        }

        if (!scope.ServiceProvider.GetRequiredService<RegistryDatabaseOptions>().SeedDemoData)
        {
            return;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
        foreach (var demo in DemoUsers.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByNameAsync(demo.UserName) is not null)
            {
                continue;
            }

            var user = new RegistryUser { UserName = demo.UserName, DisplayName = demo.DisplayName, Office = "demo" };
            Check(await users.CreateAsync(user, DemoUsers.Password), $"demo user '{demo.UserName}'");
            Check(await users.AddToRolesAsync(user, demo.Roles), $"roles of demo user '{demo.UserName}'");
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }
}
