using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Registry.Application.Api;

namespace Registry.Web.Tests.Api;

/// <summary>Bad input gets an RFC 7807 problem naming the field, and no case is written.</summary>
[Collection(ApiHostGroup.Name)]
public sealed class ApiProblemTests(ApiHost host)
{
    private const string Bank = "长丰华夏银行";
    private static readonly string BankCode = CreditCodes.Make(401);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static RegisteredApiClient? _bank;

    [Fact]
    public async Task MalformedJson_NamesWhereItBroke()
    {
        using var http = await ApiAsync();
        using var content = new StringContent("{\"businessType\": \"MortgageFirst\", \"units\": [", Encoding.UTF8, "application/json");

        using var response = await SendAsync(http, content);

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "$.units[0]");
    }

    [Fact]
    public async Task UnknownField_IsNamed()
    {
        using var http = await ApiAsync();
        using var content = JsonContent.Create(new { businessType = "MortgageFirst", unit = "x" });

        using var response = await SendAsync(http, content);

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "$.unit");
    }

    [Fact]
    public async Task WrongContentType_IsUnsupportedMediaType()
    {
        using var http = await ApiAsync();
        using var content = new StringContent("<application/>", Encoding.UTF8, "application/xml");

        using var response = await SendAsync(http, content);

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Fact]
    public async Task BadCodes_AreNamedByField()
    {
        using var http = await ApiAsync();
        var application = new
        {
            businessType = "MortgageFirst",
            units = new[] { "340121001001GB00099F000X" },
            parties = new object[]
            {
                new { role = "Mortgagor", name = ApiHost.Owner.Name, idNumber = "340121198001010018" },
                new { role = "Mortgagee", name = Bank, idNumber = BankCode },
            },
            facts = new Dictionary<string, object> { ["mortgageAmount"] = 600000, ["debtStart"] = "2026-03-01", ["debtEnd"] = "2046-02-28" },
            materials = new[] { "APPLICATION_FORM", "APPLICANT_ID", "CERTIFICATE", "MORTGAGE_CONTRACT", "LOAN_CONTRACT" },
        };

        using var response = await ApiHost.SubmitAsync(http, application);

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "units[0]");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("parties[0].idNumber", out _), errors.ToString());
    }

    [Fact]
    public async Task UnknownBusinessType_IsNamed()
    {
        using var http = await ApiAsync();

        using var response = await ApiHost.SubmitAsync(http, new { businessType = "NoSuchType", units = Array.Empty<string>() });

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "businessType");
    }

    [Fact]
    public async Task OversizedUpload_IsPayloadTooLargeNamingTheMaterial_AndNothingIsWritten()
    {
        using var http = await ApiAsync();
        var unit = await host.CleanUnitAsync(Bank, BankCode);
        var cases = host.Count("Cases");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(ApiHost.Mortgage(unit, Bank, BankCode)), Encoding.UTF8, "application/json"), "application" },
        };
        var pdf = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7\n"u8.CopyTo(pdf);
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "MORTGAGE_CONTRACT", "contract.pdf");

        using var response = await SendAsync(http, form);

        await ApiScopeTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "materials.MORTGAGE_CONTRACT");
        Assert.Equal(cases, host.Count("Cases"));
    }

    [Fact]
    public async Task MultipartWithAScan_FilesTheCaseWithItsMaterial()
    {
        using var http = await ApiAsync();
        var unit = await host.CleanUnitAsync(Bank, BankCode);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(ApiHost.Mortgage(unit, Bank, BankCode)), Encoding.UTF8, "application/json"), "application" },
        };
        var file = new ByteArrayContent("%PDF-1.7\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "MORTGAGE_CONTRACT", "contract.pdf");

        using var response = await SendAsync(http, form);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var caseNumber = JsonDocument.Parse(body).RootElement.GetProperty("caseNumber").GetString()!;
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(host.DatabasePath)!, "scans", caseNumber, "MORTGAGE_CONTRACT")));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpContent content) =>
        http.PostAsync(new Uri("/api/v1/applications", UriKind.Relative), content);

    private async Task<HttpClient> ApiAsync()
    {
        await Once.WaitAsync();
        try
        {
            _bank ??= await host.RegisterAsync(ApiClientKind.Bank, Bank, BankCode);
        }
        finally
        {
            Once.Release();
        }

        return host.Api(await host.TokenAsync(_bank));
    }
}
