namespace Registry.Persistence.Workflows;

/// <summary>Checks an instance's hash-chained journal (留痕) for tampering: changed, removed or inserted rows.</summary>
public interface IWorkflowJournalVerifier
{
    /// <summary>Recomputes the chain of one instance's journal and reports the first broken link.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The verdict.</returns>
    Task<JournalVerification> VerifyAsync(Guid instanceId, CancellationToken cancellationToken = default);
}
