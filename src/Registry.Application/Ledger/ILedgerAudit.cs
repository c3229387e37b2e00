namespace Registry.Application.Ledger;

/// <summary>Verifies the keyed chains against their checkpoints, takes checkpoints, and alerts on a broken link.</summary>
public interface ILedgerAudit
{
    /// <summary>Checks every link of the register ledger and the journals, and the checkpoints; writes nothing.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The verdict.</returns>
    Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs the chains' heads now and hands the checkpoint to every anchor.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The checkpoint.</returns>
    Task<LedgerCheckpoint> CheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>The nightly run: verify; on a broken link alert (in-app and log) and take no checkpoint; else checkpoint.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The verdict.</returns>
    Task<LedgerVerification> VerifyAndCheckpointAsync(CancellationToken cancellationToken = default);
}
