namespace Registry.Application.RuleSets;

/// <summary>One reason a rule-set draft cannot be published, named at the field (and position in a condition).</summary>
/// <param name="RuleCode">The rule (null for the set's own fields).</param>
/// <param name="Field">The field: <c>Expression</c>, <c>LocalParams.Name</c>, <c>Properties.MessageZh</c>, <c>Properties.BusinessTypes</c>, …</param>
/// <param name="Position">Zero-based character position in the condition, when the parser names one.</param>
/// <param name="MessageZh">What is wrong, in Chinese.</param>
/// <param name="MessageEn">What is wrong, in English.</param>
public sealed record RuleDraftIssue(string? RuleCode, string Field, int? Position, string MessageZh, string MessageEn);
