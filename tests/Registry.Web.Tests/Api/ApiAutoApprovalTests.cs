using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Api;
using Registry.Application.Register;
using Registry.Domain.Codes;
using Registry.Web.Api.Webhooks;

namespace Registry.Web.Tests.Api;

/// <summary>A bank outlet's first mortgage on a clean unit: intake → review → automatic approval → recording → number, no person; the result by webhook.</summary>
[Collection(ApiHostGroup.Name)]
public sealed class ApiAutoApprovalTests(ApiHost host)
{
    private const string Bank = "徽商银行长丰支行";
    private static readonly string BankCode = CreditCodes.Make(1);

    [Fact]
    public async Task FirstMortgageOnCleanUnit_IsAutoApprovedRecordedAndReportedBySignedWebhook()
    {
        await using var listener = WebhookListener.Start();
        var bank = await host.RegisterAsync(ApiClientKind.Bank, Bank, BankCode, listener.Url);
        var unit = await host.CleanUnitAsync(Bank, BankCode);
        using var http = host.Api(await host.TokenAsync(bank));

        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, Bank, BankCode), "auto-1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var result = JsonDocument.Parse(body).RootElement;
        var caseNumber = result.GetProperty("caseNumber").GetString()!;
        Assert.Equal("Completed", result.GetProperty("status").GetString());
        Assert.True(result.GetProperty("autoApproved").GetBoolean(), body);
        var certificate = result.GetProperty("certificateNumber").GetString();
        Assert.Contains("不动产证明", certificate, StringComparison.Ordinal);

        // Recorded in the register: the bank is the unit's mortgagee now.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var register = await scope.ServiceProvider.GetRequiredService<IRegisterRepository>().FindAsync(UnitCode.Parse(unit));
            Assert.NotNull(register);
            Assert.Contains(register!.Current.Mortgages, m => m.Mortgagee.Name == Bank);
        }

        var hook = await listener.WaitForAsync(r => r.Body.Contains(caseNumber, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.NotNull(hook);
        var payload = JsonDocument.Parse(hook!.Body).RootElement;
        Assert.Equal("case.completed", payload.GetProperty("event").GetString());
        Assert.Equal(certificate, payload.GetProperty("certificateNumber").GetString());
        Assert.True(WebhookSignature.Verify(bank.Client.WebhookSecret, hook.Headers[WebhookSignature.TimestampHeader], hook.Body, hook.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify("another-secret", hook.Headers[WebhookSignature.TimestampHeader], hook.Body, hook.Headers[WebhookSignature.SignatureHeader]));

        // Polling tells the same.
        using var status = await http.GetAsync(new Uri($"/api/v1/applications/{caseNumber}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("Completed", JsonDocument.Parse(await status.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WebhookReceiverFailing_IsRetriedUntilItAnswers()
    {
        await using var listener = WebhookListener.Start();
        listener.AnswerStatus = 500;
        var bank = await host.RegisterAsync(ApiClientKind.Bank, "徽商银行双墩支行", CreditCodes.Make(2), listener.Url);
        var unit = await host.CleanUnitAsync(bank.Client.Name, bank.Client.IdNumber);
        using var http = host.Api(await host.TokenAsync(bank));

        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, bank.Client.Name, bank.Client.IdNumber));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var failed = await listener.WaitForAsync(r => r.AnsweredWith == 500, TimeSpan.FromSeconds(30));
        Assert.NotNull(failed);
        listener.AnswerStatus = 200;
        var delivered = await listener.WaitForAsync(r => r.AnsweredWith == 200, TimeSpan.FromSeconds(30));
        Assert.NotNull(delivered);
        Assert.Equal(failed!.Headers[WebhookSignature.DeliveryHeader], delivered!.Headers[WebhookSignature.DeliveryHeader]);
    }
}
