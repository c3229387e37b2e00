namespace Registry.Domain.Cases;

/// <summary>One move of a case's status, kept in order: who moved it, when and why.</summary>
/// <param name="From">Status before.</param>
/// <param name="To">Status after.</param>
/// <param name="At">When.</param>
/// <param name="Actor">User or "system".</param>
/// <param name="Reason">Opinion or reason, if any.</param>
public sealed record CaseStatusChange(CaseStatus From, CaseStatus To, DateTimeOffset At, string Actor, string? Reason = null);
