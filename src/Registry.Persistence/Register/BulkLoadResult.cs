namespace Registry.Persistence.Register;

/// <summary>What a bulk load wrote and how long it took.</summary>
internal sealed record BulkLoadResult(long Units, long Entries, long Holders, TimeSpan Elapsed)
{
    public long Rows => Units + Entries + Holders;
}
