namespace Registry.Persistence.Workflows;

/// <summary>The result of verifying a journal's hash chain.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="EntryCount">How many journal rows were checked.</param>
/// <param name="BrokenAtSequence">The sequence of the first row whose link is broken, or null when the chain holds.</param>
/// <param name="Problem">What is wrong at that row, or null.</param>
public sealed record JournalVerification(Guid InstanceId, int EntryCount, long? BrokenAtSequence, string? Problem)
{
    /// <summary>True when every link holds and no row is missing.</summary>
    public bool IsIntact => BrokenAtSequence is null;
}
