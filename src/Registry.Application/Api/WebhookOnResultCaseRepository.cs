using Registry.Application.Cases;
using Registry.Domain.Cases;
using Registry.Domain.Codes;

namespace Registry.Application.Api;

/// <summary>
/// The case store, telling <see cref="ApiResultWebhooks"/> of every update: a decision taken later by a person (an API
/// case that went to manual review) reaches the bank or court in the same transaction as the status it reports.
/// Counter cases pass straight through.
/// </summary>
internal sealed class WebhookOnResultCaseRepository(ICaseRepository inner, ApiResultWebhooks webhooks) : ICaseRepository
{
    public Task AddAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default) => inner.AddAsync(registrationCase, cancellationToken);

    public Task<RegistrationCase?> FindAsync(CaseNumber number, CancellationToken cancellationToken = default) => inner.FindAsync(number, cancellationToken);

    public Task<RegistrationCase?> FindAsync(Guid id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

    public async Task UpdateAsync(RegistrationCase registrationCase, CancellationToken cancellationToken = default)
    {
        await inner.UpdateAsync(registrationCase, cancellationToken);
        await webhooks.EnqueueAsync(registrationCase, cancellationToken);
    }

    public Task<IReadOnlyList<OpenCaseSummary>> FindOpenOnUnitAsync(UnitCode unitCode, CaseNumber? excluding = null, CancellationToken cancellationToken = default) =>
        inner.FindOpenOnUnitAsync(unitCode, excluding, cancellationToken);

    public IAsyncEnumerable<RegistrationCase> StreamFinishedAsync(CancellationToken cancellationToken = default) => inner.StreamFinishedAsync(cancellationToken);

    public Task<IReadOnlyList<RegistrationCase>> FindLastFinishedAsync(int count, CancellationToken cancellationToken = default) => inner.FindLastFinishedAsync(count, cancellationToken);
}
