namespace Registry.Persistence.Ledger;

/// <summary>
/// One link of the register's chain (登记簿链): an entry appended or closed. <see cref="ContentHash"/> is SHA-256 of the
/// entry's canonical content at that event (holders included); <see cref="Mac"/> is the keyed MAC over the previous
/// link's MAC, the position, the event, the entry id and the content hash.
/// </summary>
internal sealed class RegisterLedgerRow
{
    /// <summary>1, 2, 3… with no gaps: the chain's order.</summary>
    public long Position { get; set; }

    public Guid EntryId { get; set; }

    public RegisterLedgerEvent Event { get; set; }

    /// <summary>Lower-case hex SHA-256 of the canonical content.</summary>
    public required string ContentHash { get; set; }

    /// <summary><c>{keyId}:{hex}</c>, see <see cref="LedgerMac"/>.</summary>
    public required string Mac { get; set; }
}

/// <summary>What happened to the entry.</summary>
internal enum RegisterLedgerEvent
{
    Appended = 0,
    Closed = 1,
}
