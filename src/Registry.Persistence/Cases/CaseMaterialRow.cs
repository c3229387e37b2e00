namespace Registry.Persistence.Cases;

/// <summary>A material received with a case.</summary>
internal sealed class CaseMaterialRow
{
    public Guid CaseId { get; set; }

    public int Ordinal { get; set; }

    public required string Code { get; set; }

    public int Pages { get; set; }

    public string? ProvidedBy { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public bool ViaDataSharing { get; set; }
}
