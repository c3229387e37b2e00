using System.Net;
using System.Text.Json;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>A bank files only mortgages as the mortgagee; a court only seizures and the like as the authority. Nothing is written otherwise.</summary>
[Collection(ApiHostGroup.Name)]
public sealed class ApiScopeTests(ApiHost host)
{
    [Fact]
    public async Task BankFilingASeizure_IsForbiddenNamingTheBusinessType()
    {
        var code = CreditCodes.Make(201);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰交通银行", code);
        var unit = await host.CleanUnitAsync("长丰交通银行", code);
        using var http = host.Api(await host.TokenAsync(bank));
        var cases = host.Count("Cases");

        using var response = await ApiHost.SubmitAsync(http, Seizure(unit, "长丰交通银行", code));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "businessType");
        Assert.Equal(cases, host.Count("Cases"));
    }

    [Fact]
    public async Task BankFilingForAnotherMortgagee_IsForbiddenNamingTheParties()
    {
        var code = CreditCodes.Make(202);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰光大银行", code);
        var other = CreditCodes.Make(203);
        var unit = await host.CleanUnitAsync("别家银行", other);
        using var http = host.Api(await host.TokenAsync(bank));
        var cases = host.Count("Cases");

        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, "别家银行", other));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "parties");
        Assert.Equal(cases, host.Count("Cases"));
    }

    [Fact]
    public async Task CourtNamingAnotherAuthority_IsForbidden_AndNamingItselfIsAccepted()
    {
        var court = await host.RegisterAsync(ApiClientKind.Court, "长丰县人民法院执行局", CreditCodes.Make(204, '1', '1'));
        var unit = await host.CleanUnitAsync("无关银行", CreditCodes.Make(205));
        using var http = host.Api(await host.TokenAsync(court));
        var cases = host.Count("Cases");

        using var foreign = await ApiHost.SubmitAsync(http, Seizure(unit, "合肥市中级人民法院", court.Client.IdNumber));
        await AssertProblemAsync(foreign, HttpStatusCode.Forbidden, "facts.authority");
        Assert.Equal(cases, host.Count("Cases"));

        using var own = await ApiHost.SubmitAsync(http, Seizure(unit, court.Client.Name, court.Client.IdNumber));
        var body = await own.Content.ReadAsStringAsync();
        Assert.True(own.StatusCode == HttpStatusCode.Created, body);
        Assert.Equal("JudicialSeizure", JsonDocument.Parse(body).RootElement.GetProperty("businessType").GetString());
        Assert.Equal(cases + 1, host.Count("Cases"));
    }

    [Fact]
    public async Task CourtFilingAMortgage_IsForbidden()
    {
        var court = await host.RegisterAsync(ApiClientKind.Court, "长丰县人民法院双墩法庭", CreditCodes.Make(206, '1', '1'));
        var unit = await host.CleanUnitAsync(court.Client.Name, court.Client.IdNumber);
        using var http = host.Api(await host.TokenAsync(court));

        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, court.Client.Name, court.Client.IdNumber));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "businessType");
    }

    [Fact]
    public async Task AClientCannotReadAnotherClientsCase()
    {
        var code = CreditCodes.Make(207);
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "长丰兴业银行", code);
        var snoop = await host.RegisterAsync(ApiClientKind.Bank, "长丰中信银行", CreditCodes.Make(208));
        var unit = await host.CleanUnitAsync("长丰兴业银行", code);
        using var http = host.Api(await host.TokenAsync(bank));
        using var filed = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, "长丰兴业银行", code));
        var caseNumber = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("caseNumber").GetString();

        using var other = host.Api(await host.TokenAsync(snoop));
        using var response = await other.GetAsync(new Uri($"/api/v1/applications/{caseNumber}", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "caseNumber");
    }

    internal static object Seizure(string unit, string authority, string courtCode) => new
    {
        businessType = "JudicialSeizure",
        units = new[] { unit },
        parties = new object[] { new { role = "Applicant", name = authority, idNumber = courtCode } },
        facts = new Dictionary<string, object>
        {
            ["authority"] = authority,
            ["rulingNumber"] = "(2026)皖0121执保" + unit[^4..] + "号",
            ["seizureStart"] = "2026-03-02",
            ["seizureEnd"] = "2029-03-01",
        },
        materials = new[] { "OFFICER_WORK_ID", "ASSISTANCE_NOTICE", "RULING" },
    };

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error named {field}: {body}");
    }
}
