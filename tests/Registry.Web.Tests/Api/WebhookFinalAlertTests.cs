using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Api;
using Registry.Application.Notifications;

namespace Registry.Web.Tests.Api;

/// <summary>
/// A receiver that never answers 2xx: the webhook is tried <c>Scheduling:MaxDeliveryAttempts</c> times with backoff, then
/// marked failed (no further attempt) and the business admins get one in-app alert (an incident) naming the client and
/// the case.
/// </summary>
public sealed class WebhookFinalAlertTests : IAsyncLifetime, IDisposable
{
    private const int Attempts = 3;
    private readonly FailingReceiverHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_host).DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ReceiverThatKeepsFailing_GetsItsRetries_ThenTheDeliveryFailsAndTheAdminsAreAlertedOnce()
    {
        await using var listener = WebhookListener.Start();
        listener.AnswerStatus = 500;
        var bank = await _host.RegisterAsync(ApiClientKind.Bank, "徽商银行岗集支行", CreditCodes.Make(401), listener.Url);
        var unit = await _host.CleanUnitAsync(bank.Client.Name, bank.Client.IdNumber);
        using var http = _host.Api(await _host.TokenAsync(bank));
        using var response = await ApiHost.SubmitAsync(http, ApiHost.Mortgage(unit, bank.Client.Name, bank.Client.IdNumber));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseNumber = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("caseNumber").GetString()!;

        // Backoff 1 s, 2 s: the three attempts come within seconds; wait for the delivery to be given up.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        OutboxDelivery? webhook = null;
        while (DateTime.UtcNow < deadline)
        {
            webhook = (await ListAsync(caseNumber)).SingleOrDefault(m => m.Channel == NotificationChannel.Webhook);
            if (webhook?.Status == OutboxStatus.Failed)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.NotNull(webhook);
        Assert.Equal((OutboxStatus.Failed, Attempts), (webhook.Status, webhook.Attempts));
        Assert.Contains("500", webhook.LastError, StringComparison.Ordinal);
        Assert.Equal(Attempts, listener.All.Count(r => r.AnsweredWith == 500));

        // The alert reaches the admins' inbox once, naming the client.
        var alerts = (await ListAsync(caseNumber)).Where(m => m.Channel == NotificationChannel.InApp && m.Recipient == "role:business-admin").ToList();
        Assert.Single(alerts);
        IReadOnlyList<InboxItem> inbox = [];
        for (var tries = 0; tries < 80 && !inbox.Any(i => i.CaseNumber == caseNumber); tries++)
        {
            // The alert is itself delivered by the outbox (in-app channel) on the next sweep.
            await Task.Delay(250);
            await using var scope = _host.Services.CreateAsyncScope();
            inbox = await scope.ServiceProvider.GetRequiredService<IStaffInbox>().ListAsync(["role:business-admin"], unreadOnly: false, take: 200);
        }

        var item = Assert.Single(inbox, i => i.CaseNumber == caseNumber);
        Assert.Contains(bank.Client.ClientId, item.Text, StringComparison.Ordinal);
        Assert.Contains("500", item.Text, StringComparison.Ordinal);

        // Given up means given up: no fourth attempt.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(Attempts, listener.All.Count);
    }

    private async Task<IReadOnlyList<OutboxDelivery>> ListAsync(string caseNumber)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOutboxDeliveryStore>().ListForCaseAsync(caseNumber);
    }

    private sealed class FailingReceiverHost : ApiHost
    {
        protected override IEnumerable<(string Key, string Value)> Settings =>
            [("Scheduling:MaxDeliveryAttempts", Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Scheduling:RetryMaxDelay", "00:00:02")];
    }
}
