namespace Registry.Application.Review;

/// <summary>A count of self-check findings under one key (a category or a rule code).</summary>
/// <param name="Key">Category code or rule code.</param>
/// <param name="Label">Chinese category name or rule name.</param>
/// <param name="Category">Category code.</param>
/// <param name="Count">Failed or errored findings.</param>
public sealed record SelfCheckCount(string Key, string Label, string Category, long Count);
