using System.Collections.ObjectModel;
using Microsoft.Extensions.DependencyInjection;
using Registry.Application.Cases;
using Registry.Application.Notifications;
using Registry.Domain;
using Registry.Domain.Codes;
using Registry.Workflows.Ports;

namespace Registry.Application.CaseFlow;

/// <summary>
/// 缮证/发证: the certificate or certification number was fixed when the case was booked (it is part of the register
/// entry); this step makes it ready for collection and tells the applicants, once per case (outbox dedupe key).
/// </summary>
public sealed class CaseCertificateIssuer(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<OfficeOptions> office) : ICertificateIssuer
{
    /// <inheritdoc />
    public async Task<string> IssueAsync(PortRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var scope = scopes.CreateAsyncScope();
        var number = CaseNumber.Parse(request.CorrelationId, "correlationId");
        var registrationCase = await scope.ServiceProvider.GetRequiredService<ICaseRepository>().FindAsync(number, cancellationToken)
            ?? throw new DomainValidationException("correlationId", $"case {number} does not exist");
        var certificate = registrationCase.IssuedCertificateNo;
        if (certificate is null)
        {
            return "none";
        }

        var outbox = scope.ServiceProvider.GetService<INotificationOutbox>();
        if (outbox is not null)
        {
            foreach (var party in registrationCase.Parties.Where(p => p.IsApplicant).DistinctBy(p => p.Party.IdNumber))
            {
                var parameters = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>
                {
                    ["caseNumber"] = number.Value,
                    ["certificateNumber"] = certificate,
                    ["name"] = party.Party.Name,
                    ["office"] = office.Value.Area + "不动产登记中心",
                });
                await outbox.EnqueueAsync(
                    OutboxMessage.Create(NotificationChannel.Sms, $"applicant:{party.Party.IdNumber}", NotificationTemplates.CertificateReady, parameters, $"certificate-ready:{number}:{party.Party.IdNumber}")
                        with { CaseNumber = number.Value },
                    cancellationToken);
            }
        }

        return certificate;
    }
}
