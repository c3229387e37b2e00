namespace Registry.Application.Api;

/// <summary>The registered API clients (institutions).</summary>
public interface IApiClientStore
{
    /// <summary>Stores a new client.</summary>
    Task AddAsync(ApiClient client, CancellationToken cancellationToken = default);

    /// <summary>The client with <paramref name="clientId"/>, or null.</summary>
    Task<ApiClient?> FindAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Every client, newest first.</summary>
    Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken = default);
}
