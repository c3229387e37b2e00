using System.Net;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>A host whose clients may make 3 requests in a burst and 1 a second after.</summary>
public sealed class RateLimitedApiHost : ApiHost
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Api:RateLimitBurst", "3"), ("Api:RateLimitPerSecond", "1")];
}

/// <summary>Rate limits are per client: one client over its limit gets 429 problems, another client is not affected.</summary>
public sealed class ApiRateLimitTests(RateLimitedApiHost host) : IClassFixture<RateLimitedApiHost>
{
    [Fact]
    public async Task AClientOverItsLimit_GetsTooManyRequests_AndAnotherClientDoesNot()
    {
        var busy = await host.RegisterAsync(ApiClientKind.Bank, "长丰平安银行", CreditCodes.Make(601));
        var quiet = await host.RegisterAsync(ApiClientKind.Bank, "长丰广发银行", CreditCodes.Make(602));
        using var busyHttp = host.Api(await host.TokenAsync(busy));
        using var quietHttp = host.Api(await host.TokenAsync(quiet));
        var path = new Uri("/api/v1/applications/340121202601010001", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await busyHttp.GetAsync(path);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(limited);
        Assert.Contains(HttpStatusCode.NotFound, statuses); // the first ones got through
        Assert.True(limited!.Headers.RetryAfter is not null);
        await ApiScopeTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "client_id");
        limited.Dispose();

        using var other = await quietHttp.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
