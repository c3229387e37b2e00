using System.Net;
using System.Text.Json;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>OAuth 2 client credentials through OpenIddict: who gets a token, with which scope, and what the API does with none.</summary>
[Collection(ApiHostGroup.Name)]
public sealed class ApiClientCredentialsTests(ApiHost host)
{
    [Fact]
    public async Task RegisteredBank_GetsTokenWithItsScope_AndCanReadTheApi()
    {
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰农商银行", CreditCodes.Make(101));
        using var response = await host.RequestTokenAsync(bank.Client.ClientId, bank.ClientSecret);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(ApiScopes.Mortgage, body.GetProperty("scope").GetString());
        using var http = host.Api(body.GetProperty("access_token").GetString()!);
        using var missing = await http.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongSecret_AndUnknownClient_GetNoToken()
    {
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰邮储银行", CreditCodes.Make(102));

        using var wrong = await host.RequestTokenAsync(bank.Client.ClientId, bank.ClientSecret + "x");
        using var unknown = await host.RequestTokenAsync("bank-nobody", "whatever");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("invalid_client", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("invalid_client", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BankAskingForTheCourtsScope_IsRefused()
    {
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰建设银行", CreditCodes.Make(103));

        using var response = await host.RequestTokenAsync(bank.Client.ClientId, bank.ClientSecret, ApiScopes.Judicial);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Contains("scope", body, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task NoOrForgedToken_IsAProblemNamingAuthorization(string? token)
    {
        using var http = host.CreateClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        var before = host.Count("Cases");
        using var response = await ApiHost.SubmitAsync(http, new { businessType = "MortgageFirst" });
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("Authorization", out _));
        Assert.Equal(before, host.Count("Cases"));
    }

    [Fact]
    public async Task RegisteringTheSameInstitutionTwice_IsRefusedNamingTheCode()
    {
        await host.RegisterAsync(ApiClientKind.Court, "长丰县人民法院", CreditCodes.Make(104, '1', '1'));

        var e = await Assert.ThrowsAsync<ApiClientRegistrationRefusedException>(() => host.RegisterAsync(ApiClientKind.Court, "长丰县人民法院", CreditCodes.Make(104, '1', '1')));

        Assert.Equal("idNumber", Assert.Single(e.Problems).Field);
    }
}

/// <summary>A host whose tokens live two seconds.</summary>
public sealed class ShortTokenApiHost : ApiHost
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Api:AccessTokenLifetime", "00:00:02")];
}

/// <summary>An expired token is refused with a problem saying so.</summary>
public sealed class ApiExpiredTokenTests(ShortTokenApiHost host) : IClassFixture<ShortTokenApiHost>
{
    [Fact]
    public async Task ExpiredToken_IsAProblemSayingItExpired()
    {
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰工商银行", CreditCodes.Make(105));
        var issued = System.Diagnostics.Stopwatch.StartNew();
        using var http = host.Api(await host.TokenAsync(bank));
        using var fresh = await http.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        if (issued.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            Assert.Equal(HttpStatusCode.NotFound, fresh.StatusCode); // still valid (checked only when the machine answered in time)
        }

        await Task.Delay(TimeSpan.FromSeconds(4));
        using var expired = await http.GetAsync(new Uri("/api/v1/applications/340121202601010001", UriKind.Relative));
        var problem = await expired.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no longer valid", problem, StringComparison.OrdinalIgnoreCase); // OpenIddict's word for an expired token
    }
}
