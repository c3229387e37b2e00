namespace Registry.Application.Api;

/// <summary>
/// Cases filed through the API, unique per (client, idempotency key). Writes join the running case command's transaction,
/// so the case and its record commit together.
/// </summary>
public interface IApiSubmissionStore
{
    /// <summary>The case filed by <paramref name="clientId"/> under <paramref name="idempotencyKey"/>, or null.</summary>
    Task<ApiSubmissionRecord?> FindByKeyAsync(string clientId, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The record of <paramref name="caseNumber"/>, or null when it was not filed through the API.</summary>
    Task<ApiSubmissionRecord?> FindByCaseAsync(string caseNumber, CancellationToken cancellationToken = default);

    /// <summary>Adds a record.</summary>
    Task AddAsync(ApiSubmissionRecord record, CancellationToken cancellationToken = default);
}
