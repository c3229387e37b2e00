namespace Registry.Application.Api;

/// <summary>The journal of API actions (每次接口调用留痕). Joins the running case command's transaction when there is one.</summary>
public interface IApiJournal
{
    /// <summary>Appends an entry.</summary>
    Task AppendAsync(ApiJournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The latest entries of <paramref name="clientId"/>, newest first.</summary>
    Task<IReadOnlyList<ApiJournalEntry>> ListAsync(string clientId, int take, CancellationToken cancellationToken = default);
}
