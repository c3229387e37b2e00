namespace Registry.Application.Worklist;

/// <summary>What a worklist row shows of its case.</summary>
/// <param name="BusinessType">The business type code.</param>
/// <param name="Units">Unit codes in case order.</param>
/// <param name="Parties">Party names in case order, without repeats.</param>
public sealed record WorklistCaseSummary(string BusinessType, IReadOnlyList<string> Units, IReadOnlyList<string> Parties);
