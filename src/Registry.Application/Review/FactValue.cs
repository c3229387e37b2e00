namespace Registry.Application.Review;

/// <summary>A named fact value a rule used, as recorded in its explanation.</summary>
/// <param name="Name">Fact name declared in the rule (also the message placeholder).</param>
/// <param name="Value">The value rendered invariantly (dates yyyy-MM-dd, lists joined with 、), or null.</param>
public sealed record FactValue(string Name, string? Value);
