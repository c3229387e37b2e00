namespace Registry.Persistence.Ledger;

/// <summary>A chain key: its id (written into every MAC it makes) and its secret.</summary>
/// <param name="Id">Key id, at most 15 characters, no colon.</param>
/// <param name="Secret">32 random bytes.</param>
internal sealed record LedgerKey(string Id, byte[] Secret);
