namespace Registry.Application.Designer;

/// <summary>One rule set file as the designer shows it.</summary>
/// <param name="Name">The rule set name (<c>WorkflowName</c> in the file).</param>
/// <param name="File">The file name under <c>rules/</c>.</param>
/// <param name="Kind">review or selfcheck.</param>
/// <param name="Version">The file's version.</param>
/// <param name="Description">What the rule set is for.</param>
/// <param name="Rules">Its rules, in file order.</param>
public sealed record RuleSetSummary(string Name, string File, string? Kind, int? Version, string? Description, IReadOnlyList<RuleSummary> Rules);
