using Registry.Application.Notifications;

namespace Registry.Application.Expiries;

/// <summary>Storage of register expiries (implemented by the persistence layer).</summary>
public interface IRegisterExpiryStore
{
    /// <summary>Inserts an expiry.</summary>
    /// <param name="expiry">The expiry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="InvalidOperationException">An open expiry of that kind already exists for the entry.</exception>
    Task InsertAsync(RegisterExpiryRecord expiry, CancellationToken cancellationToken = default);

    /// <summary>The newest expiry of an entry, or null.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="entryReference">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record or null.</returns>
    Task<RegisterExpiryRecord?> FindAsync(RegisterExpiryKind kind, string entryReference, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="updated"/> (version becomes expected + 1) only if the row still has <paramref name="expectedVersion"/>; enqueues the notifications in the same transaction.</summary>
    /// <param name="updated">The new state.</param>
    /// <param name="expectedVersion">The version read.</param>
    /// <param name="notifications">Messages to enqueue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True if stored; false if another writer changed it first.</returns>
    Task<bool> TryUpdateAsync(RegisterExpiryRecord updated, long expectedVersion, IReadOnlyList<OutboxMessage> notifications, CancellationToken cancellationToken = default);

    /// <summary>
    /// Expiries that need the sweep: pending with a reminder or lapse at or before <paramref name="now"/>, or processing
    /// and claimed before <paramref name="staleClaimBefore"/> (a sweep died).
    /// </summary>
    /// <param name="now">The instant.</param>
    /// <param name="staleClaimBefore">Claims older than this are taken over.</param>
    /// <param name="batchSize">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expiries.</returns>
    Task<IReadOnlyList<RegisterExpiryRecord>> ListDueAsync(DateTimeOffset now, DateTimeOffset staleClaimBefore, int batchSize, CancellationToken cancellationToken = default);
}
