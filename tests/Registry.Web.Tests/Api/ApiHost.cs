using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Api;
using Registry.Application.CaseFlow;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Domain.Codes;
using Registry.Domain.Register;

namespace Registry.Web.Tests.Api;

/// <summary>
/// The web host in memory (WebApplicationFactory) on a fresh SQLite file, without demo data, with the outbox dispatched
/// every second. Registers clients through the product's registration use case and books clean units through the
/// register's own effects, as the scenario runner does.
/// </summary>
public class ApiHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The mortgagor of every test unit (a valid resident ID).</summary>
    public static readonly (string Name, string IdNumber) Owner = ("叶梓涵", "340121198001010019");

    private readonly string _directory = Directory.CreateTempSubdirectory("registry-api-").FullName;
    private int _units;

    /// <summary>The SQLite file.</summary>
    public string DatabasePath => Path.Combine(_directory, "registry.db");

    /// <summary>Settings a derived host changes (token lifetime, upload limit…).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    public async Task InitializeAsync()
    {
        _ = Server; // starts the host: migrations, catalogue, workflows, rule sets
        await Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Intake:ScanDirectory", Path.Combine(_directory, "scans"));
        builder.UseSetting("Scheduling:DispatchInterval", "00:00:01");
        builder.UseSetting("Scheduling:RetryBaseDelay", "00:00:01");
        builder.UseSetting("Scheduling:SmsFilePath", Path.Combine(_directory, "sms.log"));
        builder.UseSetting("Scheduling:BookingReportFilePath", Path.Combine(_directory, "reports.log"));
        builder.UseSetting("SelfCheck:NightlyEnabled", "false");
        builder.UseSetting("Api:RequireHttps", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Registers an institution as the business admin would.</summary>
    public async Task<RegisteredApiClient> RegisterAsync(ApiClientKind kind, string name, string creditCode, Uri? webhook = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiClientRegistration>()
            .RegisterAsync(new ApiClientRegistrationRequest(kind, name, creditCode, webhook?.AbsoluteUri), "admin", [RegistryRoles.BusinessAdmin]);
    }

    /// <summary>A token from <c>/connect/token</c> by client credentials (throws when refused).</summary>
    public async Task<string> TokenAsync(RegisteredApiClient client, string? scope = null)
    {
        using var response = await RequestTokenAsync(client.Client.ClientId, client.ClientSecret, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token refused: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Posts the client-credentials form to the token endpoint.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        using var http = CreateClient();
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>A client whose requests carry <paramref name="token"/>.</summary>
    public HttpClient Api(string token)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>
    /// A new unit owned by <see cref="Owner"/> alone, with nothing else on it, booked through the register's effects; the
    /// sharing exchange has the owner's identity and marriage record and the bank's identity.
    /// </summary>
    public async Task<string> CleanUnitAsync(string bankName, string bankCode)
    {
        var n = Interlocked.Increment(ref _units);
        var code = UnitCode.Parse(string.Create(CultureInfo.InvariantCulture, $"340121001001GB00099F0001{n:0000}"));
        var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, "长丰县水湖镇接口测试小区" + n, "住宅", 89.5m));
        var office = Services.GetRequiredService<IOptions<OfficeOptions>>().Value;
        var before = DateTimeOffset.UtcNow.AddDays(-30);
        Services.GetRequiredService<IRegisterEffectApplier>().Apply(
            [book],
            [new Application.Recording.Effects.CreateOwnership(code.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(Owner.Name, Owner.IdNumber)])],
            new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), 9000 + n), before, before));
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        }

        var feed = Services.GetRequiredService<ISharedDataFeed>();
        await feed.RecordIdentityAsync(Owner.Name, Owner.IdNumber);
        await feed.RecordMarriageAsync(Owner.IdNumber, "Unmarried");
        await feed.RecordIdentityAsync(bankName, bankCode);
        return code.Value;
    }

    /// <summary>A first mortgage of <paramref name="unit"/> by <see cref="Owner"/> to the bank, complete and clean.</summary>
    public static object Mortgage(string unit, string bankName, string bankCode) => new
    {
        businessType = "MortgageFirst",
        units = new[] { unit },
        parties = new object[]
        {
            new { role = "Mortgagor", name = Owner.Name, idNumber = Owner.IdNumber },
            new { role = "Mortgagee", name = bankName, idNumber = bankCode },
        },
        facts = new Dictionary<string, object> { ["mortgageAmount"] = 600000, ["debtStart"] = "2026-03-01", ["debtEnd"] = "2046-02-28" },
        materials = new[] { "APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT" },
    };

    /// <summary>Counts rows of a table (to prove nothing was written).</summary>
    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Posts <paramref name="application"/> as JSON.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient http, object application, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(application) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return http.SendAsync(request);
    }
}
