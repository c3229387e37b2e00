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
public sealed class CaseCertificateIssuer(IServiceScopeFactory scopes) : ICertificateIssuer
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

        // The notice goes to each applicant's mobile number taken at intake (never to an ID number), once per certificate.
        if (scope.ServiceProvider.GetService<Notifications.Applicants.ApplicantNotifier>() is { } notifier)
        {
            await notifier.NotifyAsync(registrationCase, NotificationTemplates.CertificateReady,
                new Dictionary<string, string> { ["certificateNumber"] = certificate }, certificate, cancellationToken);
        }

        return certificate;
    }
}
