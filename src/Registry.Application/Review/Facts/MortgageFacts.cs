namespace Registry.Application.Review.Facts;

/// <summary>A mortgage on the unit (抵押权), in priority order.</summary>
public sealed record MortgageFacts
{
    /// <summary>Priority (顺位), 1 first.</summary>
    public required int Priority { get; init; }

    /// <summary>Mortgagee name.</summary>
    public required string Mortgagee { get; init; }

    /// <summary>Mortgagee's ID number (unified social credit code).</summary>
    public string? MortgageeIdNumber { get; init; }

    /// <summary>Mortgagors (抵押人) as the register records them; empty on entries booked before they were recorded.</summary>
    public IReadOnlyList<string> Mortgagors { get; init; } = [];

    /// <summary>Secured amount, or the ceiling for a maximum-amount mortgage, yuan.</summary>
    public required decimal Amount { get; init; }

    /// <summary>
    /// Maximum-amount mortgage (最高额抵押) whose debt is not yet determined: the register books the determination
    /// (最高额抵押权确定, Civil Code 423) as a change to a general mortgage, so a determined one reads false here.
    /// </summary>
    public bool IsMaxAmount { get; init; }

    /// <summary>A transfer-restriction agreement (禁止或限制转让约定) is recorded.</summary>
    public bool HasTransferRestriction { get; init; }

    /// <summary>In-construction mortgage (在建建筑物抵押).</summary>
    public bool IsInConstruction { get; init; }

    /// <summary>Booking date.</summary>
    public required DateOnly BookedOn { get; init; }

    /// <summary>Start of the debt term.</summary>
    public DateOnly? DebtStart { get; init; }

    /// <summary>End of the debt term.</summary>
    public DateOnly? DebtEnd { get; init; }
}
