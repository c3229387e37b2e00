namespace Registry.Persistence.Api;

/// <summary>A token server key (signing or encryption), protected with the data-protection key ring.</summary>
internal sealed class ApiServerKeyRow
{
    public required string Purpose { get; set; }

    public required string ProtectedKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
