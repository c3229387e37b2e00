namespace Registry.Application.Inspection;

/// <summary>The inspector's result on one checklist item.</summary>
/// <param name="Item">The item.</param>
/// <param name="Passed">True when it passed.</param>
/// <param name="Note">What is wrong (required when it failed) or any remark.</param>
public sealed record InspectionItemResult(InspectionItem Item, bool Passed, string? Note);
