namespace Registry.Application.Deadlines;

/// <summary>What is known at acceptance (受理) to start a case's clock.</summary>
/// <param name="CaseNumber">The case number; unique.</param>
/// <param name="BusinessType">The business type code.</param>
/// <param name="TimeLimitCode">The limit class of the type at acceptance, e.g. <c>TL-5</c> or <c>TL-INSTANT</c>.</param>
/// <param name="AcceptedAt">The acceptance instant.</param>
public sealed record TrackCaseDeadline(string CaseNumber, string BusinessType, string TimeLimitCode, DateTimeOffset AcceptedAt)
{
    /// <summary>The office whose calendar applies; null for the national calendar.</summary>
    public string? OfficeCode { get; init; }

    /// <summary>The staff user handling the case, if known.</summary>
    public string? Assignee { get; init; }
}
