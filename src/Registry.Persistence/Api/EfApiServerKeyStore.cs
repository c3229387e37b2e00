using Microsoft.EntityFrameworkCore;
using Registry.Application.Api;

namespace Registry.Persistence.Api;

/// <summary>The token server's keys in <c>ApiServerKeys</c>; the purpose is the key, so of two nodes storing at once one wins.</summary>
internal sealed class EfApiServerKeyStore(IDbContextFactory<RegistryDbContext> factory) : IApiServerKeyStore
{
    public string? Find(string purpose)
    {
        using var db = factory.CreateDbContext();
        return db.Set<ApiServerKeyRow>().AsNoTracking().Where(k => k.Purpose == purpose).Select(k => k.ProtectedKey).SingleOrDefault();
    }

    public bool TryAdd(string purpose, string protectedKey, DateTimeOffset createdAt)
    {
        using var db = factory.CreateDbContext();
        db.Add(new ApiServerKeyRow { Purpose = purpose, ProtectedKey = protectedKey, CreatedAt = createdAt });
        try
        {
            db.SaveChanges();
            return true;
        }
        catch (DbUpdateException) when (Find(purpose) is not null)
        {
            return false;
        }
    }
}
