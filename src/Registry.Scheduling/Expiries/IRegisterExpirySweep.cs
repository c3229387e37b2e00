using Registry.Scheduling.Sweeps;

namespace Registry.Scheduling.Expiries;

/// <summary>Sends due expiry reminders and applies due lapses through <see cref="Application.Expiries.IRegisterExpiryHandler"/>, once per expiry.</summary>
public interface IRegisterExpirySweep
{
    /// <summary>Handles everything due at the current instant.</summary>
    /// <param name="cancellationToken">Cancels the run between rows.</param>
    /// <returns>What was done.</returns>
    Task<SweepResult> RunOnceAsync(CancellationToken cancellationToken = default);
}
