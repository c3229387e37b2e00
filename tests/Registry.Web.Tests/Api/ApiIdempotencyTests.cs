using System.Net;
using System.Text.Json;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>An <c>Idempotency-Key</c> makes a retried submission return the same case, never a second one.</summary>
[Collection(ApiHostGroup.Name)]
public sealed class ApiIdempotencyTests(ApiHost host)
{
    [Fact]
    public async Task SameKeyTwentyTimesAtOnce_FilesOneCase()
    {
        var code = CreditCodes.Make(301);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰招商银行", code);
        var unit = await host.CleanUnitAsync("长丰招商银行", code);
        var token = await host.TokenAsync(bank);
        var application = ApiHost.Mortgage(unit, "长丰招商银行", code);
        var cases = host.Count("Cases");

        using var start = new ManualResetEventSlim();
        var requests = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            using var http = host.Api(token);
            start.Wait();
            using var response = await ApiHost.SubmitAsync(http, application, "loan-2026-0001");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Set();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, a.Body));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var numbers = answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("caseNumber").GetString()).Distinct().ToList();
        Assert.Single(numbers);
        Assert.Equal(cases + 1, host.Count("Cases"));
    }

    [Fact]
    public async Task SameKeyForADifferentApplication_IsAConflictAndWritesNothing()
    {
        var code = CreditCodes.Make(302);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰浦发银行", code);
        var first = await host.CleanUnitAsync("长丰浦发银行", code);
        var second = await host.CleanUnitAsync("长丰浦发银行", code);
        using var http = host.Api(await host.TokenAsync(bank));
        using var filed = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(first, "长丰浦发银行", code), "loan-2026-0002");
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var cases = host.Count("Cases");

        using var reused = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(second, "长丰浦发银行", code), "loan-2026-0002");

        await ApiScopeTests.AssertProblemAsync(reused, HttpStatusCode.Conflict, "Idempotency-Key");
        Assert.Equal(cases, host.Count("Cases"));
    }

    [Fact]
    public async Task WithoutAKey_EachSubmissionIsItsOwnCase()
    {
        var code = CreditCodes.Make(303);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰民生银行", code);
        var first = await host.CleanUnitAsync("长丰民生银行", code);
        var second = await host.CleanUnitAsync("长丰民生银行", code);
        using var http = host.Api(await host.TokenAsync(bank));

        using var a = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(first, "长丰民生银行", code));
        using var b = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(second, "长丰民生银行", code));

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.NotEqual(
            JsonDocument.Parse(await a.Content.ReadAsStringAsync()).RootElement.GetProperty("caseNumber").GetString(),
            JsonDocument.Parse(await b.Content.ReadAsStringAsync()).RootElement.GetProperty("caseNumber").GetString());
    }
}
