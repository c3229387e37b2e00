namespace Registry.Application.Progress;

/// <summary>The query codes (查询码) of cases, stored hashed: the code itself is shown once, at acceptance.</summary>
public interface IQueryCodeStore
{
    /// <summary>Stores the hash of a case's code; joins the running case command.</summary>
    /// <param name="code">The stored form.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task AddAsync(StoredQueryCode code, CancellationToken cancellationToken = default);

    /// <summary>The stored hash of a case's code, or null.</summary>
    /// <param name="caseNumber">The case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored form, or null.</returns>
    Task<StoredQueryCode?> FindAsync(string caseNumber, CancellationToken cancellationToken = default);
}
