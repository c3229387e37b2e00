namespace Registry.Application.Review.Facts;

/// <summary>A court document confirmed through data sharing (法院文书).</summary>
public sealed record CourtDocumentFacts
{
    /// <summary>Document number.</summary>
    public required string DocumentNo { get; init; }

    /// <summary>Issuing court.</summary>
    public required string Court { get; init; }

    /// <summary>The document is final and in force (已生效).</summary>
    public required bool InForce { get; init; }

    /// <summary>Unit code named in the document.</summary>
    public string? UnitCode { get; init; }
}
