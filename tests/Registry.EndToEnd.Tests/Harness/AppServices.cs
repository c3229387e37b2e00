using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Examination;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.Persistence;
using Registry.Persistence.Identity;
using Registry.Web.Security;
using Registry.Workflows.Runtime;

namespace Registry.EndToEnd.Tests.Harness;

/// <summary>
/// The product's own services on a running app's SQLite file, for what the browser has no page for yet:
/// outside signals (the tax bureau's 完税) and extra staff accounts.
/// </summary>
public static class AppServices
{
    /// <summary>
    /// Delivers <c>tax-paid</c> (完税) to the case's workflow and brings the case status along, as the tax feed would.
    /// </summary>
    public static async Task SignalTaxPaidAsync(string databasePath, string caseNumber)
    {
        var configuration = Configuration(databasePath, ("Scheduling:EnableJobs", "false"));
        await using var provider = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(CaseNumber.Parse(caseNumber))
                ?? throw new InvalidOperationException($"case {caseNumber} not found in {databasePath}");
            var instanceId = registrationCase.WorkflowInstanceId
                ?? throw new InvalidOperationException($"case {caseNumber} has no workflow instance");
            var instance = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().SignalAsync(instanceId, "tax-paid", "tax-bureau");
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().SyncAsync(caseNumber, instance, "tax-bureau");
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Refuses the case (不予登记, ART22-2) as <paramref name="examiner"/> would from the decision form, so it has ended.</summary>
    public static async Task RefuseAsync(string databasePath, string caseNumber, string examiner)
    {
        var configuration = Configuration(databasePath, ("Scheduling:EnableJobs", "false"));
        await using (var provider = new ServiceCollection().AddLogging().AddRegistryServices(configuration).BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CaseDecisionService>().DecideAsync(caseNumber, examiner, [Registry.Application.Security.RegistryRoles.FirstReview], new DecisionRequest
            {
                Kind = DecisionKind.Reject, ReasonCode = "ART22-2", Opinion = "存在尚未解决的权属争议。",
            });
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// What the data-sharing exchange (共享交换) delivers before a second-hand transfer is examined: the parties' identity
    /// checks (公安身份核验) and marriage records (民政婚姻登记, unmarried), and the net-signed contract (网签合同) of the unit.
    /// </summary>
    public static async Task RecordResaleSharingAsync(
        string databasePath, string unitCode, decimal price, (string Name, string IdNumber) seller, (string Name, string IdNumber) buyer)
    {
        await using var provider = new ServiceCollection().AddLogging().AddRegistryPersistence(Configuration(databasePath)).BuildServiceProvider();
        var feed = provider.GetRequiredService<ISharedDataFeed>();
        foreach (var (name, idNumber) in new[] { seller, buyer })
        {
            await feed.RecordIdentityAsync(name, idNumber);
            await feed.RecordMarriageAsync(idNumber, "Unmarried");
        }

        var signedOn = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime).AddDays(-7);
        await feed.RecordContractAsync($"WQ-E2E-{unitCode[^8..]}", unitCode, price, signedOn, [seller], [buyer]);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Adds a staff account with the demo password and the given roles.</summary>
    public static async Task AddUserAsync(string databasePath, string userName, string displayName, params string[] roles)
    {
        var services = new ServiceCollection().AddLogging().AddRegistryPersistence(Configuration(databasePath));
        services.AddRegistrySecurity();
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegistryUser>>();
            var user = new RegistryUser { UserName = userName, DisplayName = displayName, Office = "340121" };
            Check(await users.CreateAsync(user, SignIn.DemoPassword), userName);
            Check(await users.AddToRolesAsync(user, roles), userName);
        }

        SqliteConnection.ClearAllPools();
    }

    private static IConfiguration Configuration(string databasePath, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Path"] = databasePath,
            ["Database:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not add user {userName}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
