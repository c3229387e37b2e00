using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Application.Api;
using Registry.Application.CaseFlow;
using Registry.Application.Recording;
using Registry.Application.Register;
using Registry.Application.Security;
using Registry.Application.SharedData;
using Registry.Composition;
using Registry.Domain.Codes;
using Registry.Domain.Register;
using Registry.EndToEnd.Tests.Harness;
using Registry.Web.Api;
using Registry.Web.Api.Webhooks;
using Registry.Web.Tests.Api;

namespace Registry.EndToEnd.Tests;

/// <summary>
/// The API against the real host (Registry.Web.dll as a child process on a loopback port, its own SQLite file): a bank
/// registered by the business admin's use case gets a token, files a first mortgage on a clean unit, gets it back
/// auto-approved and recorded, and receives the signed result on its webhook from the outbox dispatcher.
/// </summary>
public sealed class ApiRealHostTests : IAsyncLifetime
{
    private const string Bank = "徽商银行长丰支行";
    private const string BankCode = "91340100MA2N00001Q";
    private const string Unit = "340121001001GB00097F00010001";
    private static readonly (string Name, string IdNumber) Owner = ("叶梓涵", "340121198001010019");
    private static readonly string[] Materials = ["APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT"];

    private RegistryApp? _app;

    public async Task InitializeAsync() => _app = await RegistryApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task BankFilesAFirstMortgage_ItIsRecordedWithoutAPerson_AndTheSignedResultReachesItsWebhook()
    {
        var app = _app!;
        await using var listener = WebhookListener.Start();
        var bank = await RegisterBankAndUnitAsync(app.DatabasePath, listener.Url);
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        using var tokenResponse = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = bank.Client.ClientId,
            ["client_secret"] = bank.ClientSecret,
        }));
        var tokenBody = await tokenResponse.Content.ReadAsStringAsync();
        Assert.True(tokenResponse.IsSuccessStatusCode, tokenBody + "\n" + app.Output);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(tokenBody).RootElement.GetProperty("access_token").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/applications")
        {
            Content = JsonContent.Create(new
            {
                businessType = "MortgageFirst",
                units = new[] { Unit },
                parties = new object[]
                {
                    new { role = "Mortgagor", name = Owner.Name, idNumber = Owner.IdNumber },
                    new { role = "Mortgagee", name = Bank, idNumber = BankCode },
                },
                facts = new Dictionary<string, object> { ["mortgageAmount"] = 600000, ["debtStart"] = "2026-03-01", ["debtEnd"] = "2046-02-28" },
                materials = Materials,
            }),
        };
        request.Headers.Add("Idempotency-Key", "real-host-1");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Created, body + "\n" + app.Output);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Completed", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("autoApproved").GetBoolean());
        var caseNumber = result.GetProperty("caseNumber").GetString()!;
        var certificate = result.GetProperty("certificateNumber").GetString()!;
        Assert.Contains("不动产证明", certificate, StringComparison.Ordinal);

        var hook = await listener.WaitForAsync(r => r.Body.Contains(caseNumber, StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.True(hook is not null, "no webhook within 60 s\n" + app.Output[Math.Max(0, app.Output.Length - 4000)..]);
        Assert.True(WebhookSignature.Verify(bank.Client.WebhookSecret, hook!.Headers[WebhookSignature.TimestampHeader], hook.Body, hook.Headers[WebhookSignature.SignatureHeader]));
        Assert.Equal(certificate, JsonDocument.Parse(hook.Body).RootElement.GetProperty("certificateNumber").GetString());
    }

    // The business admin's registration use case and the register's own effects, on the running app's database.
    private static async Task<RegisteredApiClient> RegisterBankAndUnitAsync(string databasePath, Uri webhook)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Path"] = databasePath,
            ["Scheduling:EnableJobs"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddRegistryServices(configuration);
        services.AddRegistryApiClientRegistration();
        await using var provider = services.BuildServiceProvider();
        RegisteredApiClient registered;
        await using (var scope = provider.CreateAsyncScope())
        {
            registered = await scope.ServiceProvider.GetRequiredService<ApiClientRegistration>()
                .RegisterAsync(new ApiClientRegistrationRequest(ApiClientKind.Bank, Bank, BankCode, webhook.AbsoluteUri), "admin", [RegistryRoles.BusinessAdmin]);
            var code = UnitCode.Parse(Unit);
            var book = UnitRegister.Open(new ImmovableUnit(code, UnitKind.Household, "长丰县水湖镇接口测试小区1栋101", "住宅", 89.5m));
            var office = provider.GetRequiredService<IOptions<OfficeOptions>>().Value;
            var before = DateTimeOffset.UtcNow.AddDays(-30);
            provider.GetRequiredService<IRegisterEffectApplier>().Apply(
                [book],
                [new Application.Recording.Effects.CreateOwnership(code.Value, "国有建设用地使用权/房屋所有权", CoOwnership.Sole, [new HolderSpec(Owner.Name, Owner.IdNumber)])],
                new RecordingContext(CaseNumber.Create(office.DivisionCode, DateOnly.FromDateTime(before.Date), 9001), before, before));
            await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().AddAsync(book);
        }

        var feed = provider.GetRequiredService<ISharedDataFeed>();
        await feed.RecordIdentityAsync(Owner.Name, Owner.IdNumber);
        await feed.RecordMarriageAsync(Owner.IdNumber, "Unmarried");
        await feed.RecordIdentityAsync(Bank, BankCode);
        SqliteConnection.ClearAllPools();
        return registered;
    }
}
