namespace Registry.Application.Api;

/// <summary>
/// The token server's keys (signing, encryption), kept in the database protected by the product's data protection so every
/// web node issues and accepts the same tokens. Synchronous: the keys are read while the token server's options are built.
/// </summary>
public interface IApiServerKeyStore
{
    /// <summary>The protected key stored for <paramref name="purpose"/>; null when none is stored yet.</summary>
    string? Find(string purpose);

    /// <summary>Stores the key for <paramref name="purpose"/> unless one is already there (another node may have won the race).</summary>
    /// <returns>True when this one was stored.</returns>
    bool TryAdd(string purpose, string protectedKey, DateTimeOffset createdAt);
}
