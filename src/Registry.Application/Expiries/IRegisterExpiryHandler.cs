namespace Registry.Application.Expiries;

/// <summary>
/// Applies an expiry to the register (mark the objection lapsed, queue the pre-notice for confirmation, end the
/// seizure and activate the waiting one). Wired by the composition root. Called once per expiry; after a crash
/// between the call and recording its outcome it may be called again, so it must be idempotent by
/// <see cref="RegisterExpiryRecord.Id"/>.
/// </summary>
public interface IRegisterExpiryHandler
{
    /// <summary>Handles one expiry.</summary>
    /// <param name="expiry">The expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was done.</returns>
    Task<RegisterExpiryOutcome> HandleAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken = default);
}
