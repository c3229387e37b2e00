namespace Registry.Application.Notifications;

/// <summary>The in-app inbox of staff users and roles.</summary>
public interface IStaffInbox
{
    /// <summary>The newest items for any of <paramref name="recipients"/> (a user and their roles).</summary>
    /// <param name="recipients">E.g. <c>user:wang.fang</c>, <c>role:section-head</c>.</param>
    /// <param name="unreadOnly">Only unread items.</param>
    /// <param name="take">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items, newest first.</returns>
    Task<IReadOnlyList<InboxItem>> ListAsync(IReadOnlyCollection<string> recipients, bool unreadOnly = true, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>Marks an item read.</summary>
    /// <param name="messageId">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True if it was unread.</returns>
    Task<bool> MarkReadAsync(Guid messageId, CancellationToken cancellationToken = default);
}
