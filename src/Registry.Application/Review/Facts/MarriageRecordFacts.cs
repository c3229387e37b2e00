namespace Registry.Application.Review.Facts;

/// <summary>Marriage registration record from civil affairs (婚姻登记信息).</summary>
public sealed record MarriageRecordFacts
{
    /// <summary>Person's ID number.</summary>
    public required string IdNumber { get; init; }

    /// <summary>Status per civil affairs.</summary>
    public required MaritalStatus Status { get; init; }

    /// <summary>Spouse's name when married.</summary>
    public string? SpouseName { get; init; }

    /// <summary>Spouse's ID number when married.</summary>
    public string? SpouseIdNumber { get; init; }
}
