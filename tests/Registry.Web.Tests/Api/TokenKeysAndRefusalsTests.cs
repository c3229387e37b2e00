using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>
/// The token server's keys live in the database: a token issued by one host is accepted by a second host on the same
/// database (and the other way round), and the keys are stored protected, not in clear. Refused token requests — wrong
/// secret, unknown client, a scope the client does not hold — are journaled with the client id, the reason, the time and
/// the caller's address.
/// </summary>
public sealed class TokenKeysAndRefusalsTests : IAsyncLifetime, IDisposable
{
    private readonly AddressedApiHost _first = new();
    private PeerHost _second = default!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new PeerHost(_first.DatabasePath);
        _ = _second.Server;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await ((IAsyncLifetime)_first).DisposeAsync();
    }

    // The hosts are disposed in DisposeAsync (xUnit calls it); this satisfies the analyzer for the sync path.
    public void Dispose()
    {
        _second?.Dispose();
        _first.Dispose();
    }

    [Fact]
    public async Task TokenIssuedByOneHost_IsAcceptedByASecondHostOnTheSameDatabase()
    {
        var bank = await _first.RegisterAsync(ApiClientKind.Bank, "长丰徽商银行", CreditCodes.Make(301));
        var fromFirst = await _first.TokenAsync(bank);

        using var onSecond = _second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new("Bearer", fromFirst);
        using var read = await onSecond.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode); // authenticated: the case is unknown, not the caller

        // And the other way round, with a token the second host issued.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = bank.Client.ClientId, ["client_secret"] = bank.ClientSecret,
        });
        using var issued = await _second.CreateClient().PostAsync(new Uri("/connect/token", UriKind.Relative), form);
        var fromSecond = System.Text.Json.JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        using var onFirst = _first.Api(fromSecond);
        using var back = await onFirst.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, back.StatusCode);

        // A forged token is still refused by both.
        using var forged = _second.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", fromFirst[..^4] + "AAAA");
        using var refused = await forged.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // Two keys, stored protected by the data-protection key ring (not key material in clear).
        Assert.Equal(2, _first.Count("ApiServerKeys"));
        using var connection = new SqliteConnection($"Data Source={_first.DatabasePath};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ProtectedKey\" FROM \"ApiServerKeys\"";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var stored = reader.GetString(0);
            Assert.StartsWith("CfDJ8", stored, StringComparison.Ordinal); // the data-protection payload's magic header
        }
    }

    [Fact]
    public async Task RefusedTokenRequests_AreJournaledWithClientReasonTimeAndAddress()
    {
        var bank = await _first.RegisterAsync(ApiClientKind.Bank, "长丰兴业银行", CreditCodes.Make(302));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using (await _first.RequestTokenAsync(bank.Client.ClientId, bank.ClientSecret + "x"))
        using (await _first.RequestTokenAsync("bank-nobody", "whatever"))
        using (await _first.RequestTokenAsync(bank.Client.ClientId, bank.ClientSecret, ApiScopes.Judicial))
        {
        }

        var journal = _first.Services.GetRequiredService<IApiJournal>();
        var mine = await journal.ListAsync(bank.Client.ClientId, 10);
        var refusals = mine.Where(e => e.Action == "token" && e.Outcome.StartsWith("refused", StringComparison.Ordinal)).ToList();
        Assert.True(refusals.Count == 2, string.Join(" | ", mine.Select(e => e.Outcome)));
        Assert.Contains(refusals, e => e.Outcome.StartsWith("refused: invalid_client", StringComparison.Ordinal));
        Assert.Contains(refusals, e => e.Outcome.StartsWith("refused: invalid_request", StringComparison.Ordinal) && e.Outcome.Contains("scope", StringComparison.Ordinal));
        Assert.All(refusals, e => Assert.InRange(e.At, before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.All(refusals, e => Assert.Equal(AddressedApiHost.Caller, e.RemoteAddress));
        var unknown = Assert.Single(await journal.ListAsync("bank-nobody", 10));
        Assert.StartsWith("refused: invalid_client", unknown.Outcome, StringComparison.Ordinal);

        // A token that is issued is journaled as issued, not refused.
        await _first.TokenAsync(bank);
        Assert.StartsWith("issued", (await journal.ListAsync(bank.Client.ClientId, 1))[0].Outcome, StringComparison.Ordinal);
    }

    /// <summary>The API host with every request coming from one documentation address (the test server has no connection).</summary>
    private sealed class AddressedApiHost : ApiHost
    {
        public const string Caller = "203.0.113.7";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, CallerAddress>());
        }

        private sealed class CallerAddress : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(Caller);
                    return following(context);
                });
                next(app);
            };
        }
    }

    /// <summary>A second web host on the first one's database file (another node).</summary>
    private sealed class PeerHost(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.UseSetting("Scheduling:EnableJobs", "false");
            builder.UseSetting("SelfCheck:NightlyEnabled", "false");
            builder.UseSetting("Intake:ScanDirectory", Path.Combine(Path.GetDirectoryName(databasePath)!, "scans-2"));
            builder.UseSetting("Api:RequireHttps", "false");
        }
    }
}
