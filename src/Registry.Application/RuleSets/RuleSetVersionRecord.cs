namespace Registry.Application.RuleSets;

/// <summary>One published version of a rule set (规则集版本) as stored: immutable once written.</summary>
/// <param name="Name">Rule-set name (the file's <c>WorkflowName</c>).</param>
/// <param name="Version">Rule-set version, 1, 2, … per name.</param>
/// <param name="Kind"><c>review</c> or <c>selfcheck</c>.</param>
/// <param name="Document">The rule-set JSON in the repository file format, with this version and every rule's version written in.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it (<c>repository</c> for the shipped files).</param>
/// <param name="BasedOn">The version the draft was edited from (null for the first).</param>
/// <param name="Note">Why: e.g. "rolled back to v2", or the publisher's remark.</param>
/// <param name="Rules">Each rule's code and version in this rule-set version.</param>
public sealed record RuleSetVersionRecord(
    string Name,
    int Version,
    string Kind,
    string Document,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    int? BasedOn,
    string? Note,
    IReadOnlyList<RuleVersionRecord> Rules);
