using System.Net;
using Registry.Web.Tests.Api;

namespace Registry.Web.Tests.Documents;

/// <summary>A host that allows 3 certificate checks a minute per address.</summary>
public sealed class VerificationLimitedHost : ApiHost
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Verification:PermitsPerWindow", "3"), ("Verification:Window", "00:05:00")];
}

/// <summary>The verification page counts every request (the token is in the address), like the progress page's look-ups.</summary>
public sealed class VerificationRateLimitTests(VerificationLimitedHost host) : IClassFixture<VerificationLimitedHost>
{
    [Fact]
    public async Task Verification_FourthCheckInTheWindow_IsRefusedWith429InTheVisitorsLanguage()
    {
        using var http = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await http.GetAsync(new Uri($"/verify/guess-{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await http.GetAsync(new Uri("/verify/guess-3", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.True(body.Contains("核验过于频繁", StringComparison.Ordinal), body);
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}
