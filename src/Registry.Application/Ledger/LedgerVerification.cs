namespace Registry.Application.Ledger;

/// <summary>The verdict of a full verification of the register ledger, the workflow journals and the checkpoints.</summary>
/// <param name="RegisterEvents">Register ledger links checked.</param>
/// <param name="RegisterEntries">Register entries compared with their links.</param>
/// <param name="JournalRows">Journal rows checked.</param>
/// <param name="Instances">Workflow instances checked.</param>
/// <param name="Checkpoints">Checkpoints read and checked.</param>
/// <param name="FirstBroken">The first broken link (lowest position), or null when everything holds.</param>
/// <param name="BrokenCount">How many broken links were found (counting stops at a limit).</param>
/// <param name="Elapsed">How long it took.</param>
public sealed record LedgerVerification(
    long RegisterEvents,
    long RegisterEntries,
    long JournalRows,
    long Instances,
    int Checkpoints,
    BrokenLink? FirstBroken,
    int BrokenCount,
    TimeSpan Elapsed)
{
    /// <summary>True when every link holds.</summary>
    public bool IsIntact => FirstBroken is null;
}

/// <summary>A link that does not hold.</summary>
/// <param name="Table">The table (RegisterLedger, RegisterEntries, RightHolders, WorkflowJournal, WorkflowInstances, checkpoints).</param>
/// <param name="RowId">The row: entry id, instance id/sequence, checkpoint number.</param>
/// <param name="Position">The chain position (register ledger position or journal sequence), when there is one.</param>
/// <param name="Problem">What is wrong, in English.</param>
public sealed record BrokenLink(string Table, string RowId, long? Position, string Problem);
