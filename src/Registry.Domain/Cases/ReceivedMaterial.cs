namespace Registry.Domain.Cases;

/// <summary>A material received with the case (收件): checklist code, pages, who provided it and when.</summary>
public sealed record ReceivedMaterial
{
    /// <summary>Creates a material record.</summary>
    /// <exception cref="DomainValidationException">The code is empty or the page count is negative.</exception>
    public ReceivedMaterial(string code, int pages, string? providedBy, DateTimeOffset receivedAt, bool viaDataSharing = false, string field = "materials")
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new DomainValidationException($"{field}.code", "material code is required");
        }

        if (pages < 0)
        {
            throw new DomainValidationException($"{field}.pages", $"page count must not be negative, not {pages}");
        }

        Code = code.Trim();
        Pages = pages;
        ProvidedBy = string.IsNullOrWhiteSpace(providedBy) ? null : providedBy.Trim();
        ReceivedAt = receivedAt;
        ViaDataSharing = viaDataSharing;
    }

    /// <summary>Checklist code from rules/materials.json, e.g. SALE_CONTRACT.</summary>
    public string Code { get; }

    /// <summary>Number of pages (0 for electronic records).</summary>
    public int Pages { get; }

    /// <summary>Who handed it in (a party's name), or null.</summary>
    public string? ProvidedBy { get; }

    /// <summary>When it was received.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Obtained through data sharing instead of on paper (Regulation art. 24).</summary>
    public bool ViaDataSharing { get; }
}
