namespace Registry.Application.Ledger;

/// <summary>
/// Keeps a signed checkpoint of the chains' heads outside the database: the default appends it to a file under the data
/// directory; an adapter for an external ledger or a timestamping service (RFC 3161) implements the same port. Every
/// registered anchor receives every checkpoint.
/// </summary>
public interface ILedgerAnchor
{
    /// <summary>A short name for logs and reports (e.g. <c>file</c>, <c>tsa</c>).</summary>
    string Name { get; }

    /// <summary>Stores <paramref name="checkpoint"/>; throws when it could not be stored.</summary>
    /// <param name="checkpoint">The signed checkpoint.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task AnchorAsync(LedgerCheckpoint checkpoint, CancellationToken cancellationToken = default);
}
